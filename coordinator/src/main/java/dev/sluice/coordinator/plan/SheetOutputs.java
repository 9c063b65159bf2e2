package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.streams.WorkbookOutputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the record-to-record operations (map, transform, validate-records) have in common: each writes
 * a new workbook {@code wb_<job>} with one sheet, one batch per segment of the source sheet, and each
 * batch reads its segment and writes the same rows.
 */
final class SheetOutputs {

    private SheetOutputs() {
    }

    /** The plan outputs of a job writing a new one-sheet workbook. */
    static Map<String, Object> of(String jobId, String sheetName, List<String> fields, Map<String, Object> schema,
                                  String sourceWorkbookId) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put(WorkbookOutputs.WRITES_WORKBOOK, true);
        outputs.put("workbookId", OutputIds.workbookId(jobId));
        outputs.put("sheetId", OutputIds.sheetId(jobId));
        outputs.put("sheetName", sheetName);
        outputs.put("fields", fields);
        if (schema != null) {
            outputs.put(WorkbookOutputs.SCHEMA, schema);
        }
        outputs.put("sourceWorkbookId", sourceWorkbookId);
        return outputs;
    }

    /** The input of batch {@code batch}: the source sheet's segment it reads and the sheet it writes. */
    static Map<String, Object> input(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        Workbook.Sheet sheet = SheetSource.planned(spec, context, spec.operation());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", sheet.id());
        input.put("segment", sheet.segments().get(batch));
        input.put("sheetId", plan.outputs().get("sheetId"));
        input.put("fields", sheet.fields());
        return input;
    }
}
