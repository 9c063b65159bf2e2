package dev.sluice.coordinator.plan.csv;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.coordinator.plan.extract.ExtractFormat;
import dev.sluice.coordinator.plan.extract.ExtractOutputs;
import dev.sluice.formats.csv.CsvConfigException;
import dev.sluice.formats.csv.CsvFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plans a CSV extract and builds each batch's input, as the worker's extract handler reads it. */
public final class CsvExtract {

    private CsvExtract() {
    }

    public static BatchPlan plan(JobSpec spec, FileMeta file, String jobId) throws InvalidRequestException {
        CsvLayout layout = CsvLayout.of(file, format(spec), spec.execution().batchSize());
        Map<String, Object> outputs = ExtractOutputs.oneSheet(jobId, file, ExtractFormat.CSV);
        if (layout.fields() != null) {
            outputs.put("fields", layout.fields());
        }
        return new BatchPlan(layout.dataRecords(), layout.ranges().size(), spec.execution().batchSize(), outputs);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> batchInput(JobSpec spec, FileMeta file, BatchPlan plan, int batch)
            throws InvalidRequestException {
        // The fields were read when planning and travel in the plan; dispatch only needs the ranges.
        CsvLayout layout = CsvLayout.of(file, format(spec), plan.batchSize(), false);
        CsvRange range = layout.ranges().get(batch);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", Json.convert(ExtractOutputs.withoutIndex(file), Map.class));
        input.put("range", Map.of("start", range.start(), "end", range.end(), "firstRow", range.firstRow(),
                "first", range.start() == 0));
        input.put("format", formatConfig(spec));
        input.put("fields", plan.outputs().get("fields"));
        input.put("sheetId", plan.outputs().get("sheetId"));
        input.put("dataRowOffset", layout.dataRowOffset());
        return input;
    }

    static CsvFormat format(JobSpec spec) throws InvalidRequestException {
        try {
            return CsvFormat.parse(formatConfig(spec));
        } catch (CsvConfigException e) {
            throw new InvalidRequestException(e.field(), e.reason());
        }
    }

    private static Map<String, Object> formatConfig(JobSpec spec) {
        Map<String, Object> format = new LinkedHashMap<>();
        for (String key : CsvFormat.CONFIG_KEYS) {
            if (spec.config().get(key) != null) {
                format.put(key, spec.config().get(key));
            }
        }
        return format;
    }

}
