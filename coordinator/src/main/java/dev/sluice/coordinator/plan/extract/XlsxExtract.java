package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.coordinator.plan.OutputIds;
import dev.sluice.coordinator.streams.WorkbookOutputs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plans an xlsx extract: one batch per sheet of the workbook, batch {@code i} reading the sheet at tab
 * position {@code i}. How many sheets there are comes from the sheet parts in the zip directory, seen
 * at upload; the last batch also reads any sheets past that count, so a workbook whose directory
 * miscounts (or a file uploaded before sheets were counted: one batch) still extracts every sheet.
 * The batches report each sheet's id, name and fields; the record count is known only then.
 */
final class XlsxExtract {

    static final String HEADERS = "headers";
    static final String SHEET_ID_BASE = WorkbookOutputs.SHEET_ID_BASE;

    private XlsxExtract() {
    }

    static BatchPlan plan(JobSpec spec, FileMeta file, String jobId) throws InvalidRequestException {
        headers(spec);
        int sheets = ContentIndex.of(file).map(ContentIndex::sheetParts).orElse(0);
        Map<String, Object> outputs = ExtractOutputs.workbook(jobId, file, ExtractFormat.XLSX);
        outputs.put(SHEET_ID_BASE, OutputIds.sheetId(jobId));
        return new BatchPlan(-1, Math.max(1, sheets), spec.execution().batchSize(), outputs);
    }

    static Map<String, Object> batchInput(JobSpec spec, FileMeta file, BatchPlan plan, int batch) throws InvalidRequestException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(ExtractFormat.INPUT_KEY, ExtractFormat.XLSX.wireName());
        input.put("file", Json.convert(ExtractOutputs.withoutIndex(file), Map.class));
        input.put("sheetIndex", batch);
        input.put("andLaterSheets", batch == plan.totalBatches() - 1);
        input.put(HEADERS, headers(spec));
        input.put(SHEET_ID_BASE, plan.outputs().get(SHEET_ID_BASE));
        return input;
    }

    private static boolean headers(JobSpec spec) throws InvalidRequestException {
        Object value = spec.config().get(HEADERS);
        if (value != null && !(value instanceof Boolean)) {
            throw new InvalidRequestException("config." + HEADERS, "must be true or false");
        }
        return value == null || (Boolean) value;
    }
}
