package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.streams.WorkbookOutputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planners of jobs that rewrite a sheet's records into a new workbook share (map, transform,
 * validate-records, enrich-data): the job types they run as, the workbook they write (one sheet,
 * carrying a schema when there is one), and each batch's segment: one batch per segment of the source.
 */
final class SheetRewrite {

    private SheetRewrite() {
    }

    /** The sheet a job reads, and its workbook. */
    record Source(Workbook workbook, Workbook.Sheet sheet) {
    }

    /**
     * Checks what every such job needs (type {@code custom} or {@code workbook}, no config keys but
     * the engine's and {@code keys}, a ready source workbook) and gives the sheet it reads.
     */
    static Source source(JobSpec spec, PlanningContext context, Set<String> keys) throws InvalidRequestException {
        return source(spec, context, keys, Set.of(JobType.CUSTOM, JobType.WORKBOOK));
    }

    /** As {@link #source(JobSpec, PlanningContext, Set)}, for a job that runs as one of {@code types}. */
    static Source source(JobSpec spec, PlanningContext context, Set<String> keys, Set<JobType> types)
            throws InvalidRequestException {
        if (!types.contains(spec.type())) {
            throw new InvalidRequestException("type", "operation " + spec.operation() + " runs as type "
                    + types.stream().map(JobType::wireName).sorted().reduce((a, b) -> a + " or " + b).orElseThrow()
                    + ", not " + spec.type().wireName());
        }
        ConfigKeys.onlyKnown(spec, keys);
        Workbook workbook = SheetSource.workbook(spec, context);
        return new Source(workbook, SheetSource.sheet(spec, workbook));
    }

    /**
     * The plan's outputs: a new workbook {@code wb_<job>} with one sheet named as the source's, of
     * {@code fields}, keeping the source sheet's schema.
     */
    static Map<String, Object> outputs(PlanningContext context, Source source, List<String> fields) {
        return outputs(context, source, source.sheet().name(), fields, source.sheet().schema());
    }

    /** As {@link #outputs(PlanningContext, Source, List)}, naming the sheet and its schema (null: none). */
    static Map<String, Object> outputs(PlanningContext context, Source source, String sheetName, List<String> fields,
                                       Map<String, Object> schema) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put(WorkbookOutputs.WRITES_WORKBOOK, true);
        outputs.put("workbookId", OutputIds.workbookId(context.jobId()));
        outputs.put("sheetId", OutputIds.sheetId(context.jobId()));
        outputs.put("sheetName", sheetName);
        outputs.put("fields", fields);
        if (schema != null) {
            outputs.put(WorkbookOutputs.SCHEMA, schema);
        }
        outputs.put("sourceWorkbookId", source.workbook().id());
        return outputs;
    }

    /** A plan of one batch per segment of the source sheet. */
    static BatchPlan perSegment(JobSpec spec, Workbook.Sheet sheet, Map<String, Object> outputs) {
        return new BatchPlan(sheet.recordCount(), sheet.segments().size(), spec.execution().batchSize(), outputs);
    }

    /** Batch {@code batch}'s input: the segment it reads, the sheet it writes, and the written sheet's fields. */
    static Map<String, Object> input(Workbook.Sheet sheet, BatchPlan plan, int batch) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", sheet.id());
        input.put("segment", sheet.segments().get(batch));
        input.put("sheetId", plan.outputs().get("sheetId"));
        input.put("fields", plan.outputs().get("fields"));
        return input;
    }
}
