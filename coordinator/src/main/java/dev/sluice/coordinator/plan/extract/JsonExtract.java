package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.coordinator.plan.csv.CsvRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a JSON extract into one sheet. NDJSON is cut into byte ranges on line boundaries found at
 * upload, each holding at least {@code batchSize} rows, so its record count is known; an array (or a
 * file whose layout only the reader can tell) is read as one batch. The sheet's fields are the union
 * of the keys the batches report, in first-seen order.
 */
final class JsonExtract {

    private JsonExtract() {
    }

    static BatchPlan plan(JobSpec spec, FileMeta file, String jobId) {
        Map<String, Object> outputs = ExtractOutputs.oneSheet(jobId, file, ExtractFormat.JSON);
        Optional<NdjsonIndex> ndjson = NdjsonIndex.of(file);
        if (ndjson.isEmpty()) {
            return new BatchPlan(-1, 1, spec.execution().batchSize(), outputs);
        }
        int batches = ranges(file, ndjson.get(), spec.execution().batchSize()).size();
        return new BatchPlan(ndjson.get().rows(), batches, spec.execution().batchSize(), outputs);
    }

    static Map<String, Object> batchInput(FileMeta file, BatchPlan plan, int batch) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(ExtractFormat.INPUT_KEY, ExtractFormat.JSON.wireName());
        input.put("file", Json.convert(ExtractOutputs.withoutIndex(file), Map.class));
        NdjsonIndex.of(file).ifPresent(ndjson -> {
            CsvRange range = ranges(file, ndjson, plan.batchSize()).get(batch);
            input.put("range", Map.of("start", range.start(), "end", range.end(), "firstRow", range.firstRow()));
        });
        input.put("sheetId", plan.outputs().get("sheetId"));
        return input;
    }

    private static List<CsvRange> ranges(FileMeta file, NdjsonIndex ndjson, int rowsPerRange) {
        return CsvRange.cut(ndjson.splits(), file.size(), ndjson.rows(), rowsPerRange);
    }
}
