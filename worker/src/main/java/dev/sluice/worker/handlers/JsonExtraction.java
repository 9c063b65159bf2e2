package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.formats.json.FieldLimitException;
import dev.sluice.formats.json.FieldUnion;
import dev.sluice.formats.json.JsonFormatException;
import dev.sluice.formats.json.JsonItem;
import dev.sluice.formats.json.JsonReader;
import dev.sluice.formats.json.JsonRow;
import dev.sluice.formats.json.JsonRowError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts a JSON file (an {@link JsonInput}) into records of one sheet: the whole file (an array of
 * objects, or NDJSON read from its start), or one range of NDJSON lines. A row is one object, flattened
 * by the formats module (nested objects to dotted names, arrays to JSON text), its values typed as
 * there ({@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, null); record {@code n} is
 * the file's row {@code n} (its place in the array, or among non-blank lines), so rows need no
 * renumbering across ranges. A row the reader reports a problem with (not an object, a malformed line,
 * past a limit) is kept as an invalid record without values whose message names the row and byte; a row
 * with a repeated name is kept, with the last value, and marked invalid. A file that stops being JSON
 * (a syntax error in an array) fails the batch for good, naming the row and byte. The output holds the
 * {@code fields} (the union of the rows' names in first-seen order), the {@code segment} and the
 * {@code rows}.
 */
final class JsonExtraction {

    private JsonExtraction() {
    }

    static BatchResult run(Batch batch, BatchContext context) throws Exception {
        JsonInput input = Inputs.convert(batch.input(), JsonInput.class, ExtractHandler.OPERATION).validated();
        RecordSink sink = new RecordSink(context);
        FieldUnion fields = new FieldUnion();
        try (JsonReader reader = open(input, context)) {
            copy(reader, input.sheetId(), fields, sink);
        } catch (JsonFormatException | FieldLimitException e) {
            throw new BatchFailure(ExtractHandler.describe(input.file()) + " cannot be extracted: " + e.getMessage(), false);
        }
        Segment segment = sink.finish();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("fields", fields.names());
        output.put("segment", Json.convert(segment, Map.class));
        output.put("rows", sink.rows());
        return new BatchResult(sink.rows(), sink.errors(), output, sink.failed());
    }

    private static JsonReader open(JsonInput input, BatchContext context) throws IOException {
        long from = input.range() == null ? 0 : input.range().ndjson().readFrom();
        InputStream bytes = context.data().openFile(input.file(), from, input.file().size());
        try {
            return input.range() == null ? JsonReader.open(bytes) : JsonReader.ndjsonRange(bytes, input.range().ndjson());
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** Errors come just before the row they are about, if it is delivered at all; they stay pending until then. */
    private static void copy(JsonReader reader, String sheetId, FieldUnion fields, RecordSink sink)
            throws IOException, InterruptedException {
        List<JsonRowError> pending = new ArrayList<>();
        for (JsonItem item = reader.next(); item != null; item = reader.next()) {
            if (!pending.isEmpty() && pending.get(0).rowIndex() != item.rowIndex()) {
                sink.write(record(sheetId, pending.get(0).rowIndex(), Map.of(), pending));
                pending.clear();
            }
            if (item instanceof JsonRowError error) {
                pending.add(error);
            } else if (item instanceof JsonRow row) {
                fields.add(row);
                sink.write(record(sheetId, row.rowIndex(), row.fields(), pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            sink.write(record(sheetId, pending.get(0).rowIndex(), Map.of(), pending));
        }
    }

    private static SheetRecord record(String sheetId, long row, Map<String, Object> values, List<JsonRowError> errors) {
        List<RecordMessage> messages = errors.stream().map(error -> RecordMessage.error(null, error.describe())).toList();
        return SheetRecord.of(sheetId, row, values, messages);
    }
}
