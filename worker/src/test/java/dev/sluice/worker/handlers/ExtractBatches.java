package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.Batch;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Extract batches as the coordinator's planner builds them: the input a map, as it arrives in JSON. */
final class ExtractBatches {

    private ExtractBatches() {
    }

    @SuppressWarnings("unchecked")
    static Batch range(FileMeta file, long start, long end, long firstRow, Map<String, Object> format,
                       List<String> fields, long dataRowOffset) {
        Map<String, Object> input = new LinkedHashMap<>();
        Map<String, Object> meta = new HashMap<>(Json.convert(file, Map.class));
        meta.remove("index");
        input.put("file", meta);
        input.put("range", Map.of("start", start, "end", end, "firstRow", firstRow, "first", start == 0));
        input.put("format", format);
        input.put("fields", fields);
        input.put("sheetId", "sh_1");
        input.put("dataRowOffset", dataRowOffset);
        return batch(input);
    }

    static Batch batch(Map<String, Object> input) {
        return new Batch("job_1", "extract", "file_1", Map.of(), 0, 0, 0, -1, input);
    }
}
