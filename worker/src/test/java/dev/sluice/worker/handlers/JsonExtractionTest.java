package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonExtractionTest {

    private static final String NDJSON = "{\"id\": 1, \"customer\": {\"name\": \"Ann\", \"address\": {\"city\": \"Oslo\"}}, \"total\": 1.50}\n"
            + "\n"
            + "{\"id\": 2, \"tags\": [\"a\", \"b\"], \"customer\": {}}\n"
            + "[1, 2]\n"
            + "{\"id\": 4, \"id\": 5, \"paid\": true, \"note\": null}\n"
            + "{\"id\": 6, \"customer\": {\"name\": \"Eve\"}, \"big\": 12345678901234567890123}\n";

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ExtractHandler handler = new ExtractHandler();

    @Test
    void ndjsonRowsBecomeRecordsWithDottedNamesTypedValuesAndTheirProblemsAsMessages() throws Exception {
        FileMeta file = data.store("file_1", "orders.ndjson", bytes(NDJSON));

        BatchResult result = handler.run(batch(file, null), context);

        assertThat(result.records()).isEqualTo(5);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.output()).containsEntry("fields", List.of("id", "customer.name", "customer.address.city", "total",
                "tags", "customer", "paid", "note", "big")).containsEntry("rows", 5L);
        int bad = NDJSON.indexOf("[1, 2]");
        int twice = NDJSON.indexOf("{\"id\": 4");
        assertThat(data.log()).containsExactly(
                record(0, List.of(), "id", 1L, "customer.name", "Ann", "customer.address.city", "Oslo", "total", new BigDecimal("1.50")),
                record(1, List.of(), "id", 2L, "tags", "[\"a\",\"b\"]", "customer", null),
                record(2, List.of("row 3 (byte " + bad + "): not an object but an array")),
                record(3, List.of("row 4 (byte " + twice + "): field \"id\" appears more than once; the last value is kept"),
                        "id", 5L, "paid", true, "note", null),
                record(4, List.of(), "id", 6L, "customer.name", "Eve", "big", new BigDecimal("12345678901234567890123")));
        assertThat(result.failed()).extracting(f -> f.recordId()).containsExactly("sh_1/000000000002", "sh_1/000000000003");
    }

    @Test
    void rangesOfNdjsonLinesNumberRowsAsTheWholeFileDoesAndReportTheirOwnFields() throws Exception {
        FileMeta file = data.store("file_1", "orders.ndjson", bytes(NDJSON));
        int cut = NDJSON.indexOf("[1, 2]");

        BatchResult first = handler.run(batch(file, Map.of("start", 0, "end", cut, "firstRow", 0)), context);
        BatchResult second = handler.run(batch(file, Map.of("start", cut, "end", file.size(), "firstRow", 2)), context);

        assertThat(first.records()).isEqualTo(2);
        assertThat(second.records()).isEqualTo(3);
        assertThat(first.output().get("fields")).isEqualTo(List.of("id", "customer.name", "customer.address.city", "total",
                "tags", "customer"));
        assertThat(second.output().get("fields")).isEqualTo(List.of("id", "paid", "note", "customer.name", "big"));
        assertThat(data.log()).extracting(SheetRecord::row).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void anArrayOfObjectsIsReadWhole() throws Exception {
        FileMeta file = data.store("file_1", "rows.json", bytes("[{\"a\": {\"b\": [1, {\"c\": 2}]}}, 7, {\"d\": false}]"));

        BatchResult result = handler.run(batch(file, null), context);

        assertThat(result.output().get("fields")).isEqualTo(List.of("a.b", "d"));
        assertThat(data.log()).containsExactly(
                record(0, List.of(), "a.b", "[1,{\"c\":2}]"),
                record(1, List.of("row 2 (byte 30): not an object but a number")),
                record(2, List.of(), "d", false));
    }

    @Test
    void aFileThatStopsBeingJsonFailsTheBatchNamingTheRowAndByte() throws Exception {
        String broken = "[{\"a\": 1},\n {\"a\": 2,, \"b\": 3}]";
        FileMeta file = data.store("file_1", "broken.json", bytes(broken));

        assertThatThrownBy(() -> handler.run(batch(file, null), context))
                .isInstanceOf(BatchFailure.class)
                .hasMessageStartingWith("file file_1 (broken.json) cannot be extracted: row 2 (byte " + (broken.indexOf(",,") + 1) + "): not JSON: Unexpected character")
                .satisfies(e -> assertThat(((BatchFailure) e).retryable()).isFalse());
    }

    @Test
    void aFileThatIsNoJsonAtAllFailsAtItsFirstByte() throws Exception {
        FileMeta file = data.store("file_1", "notes.json", bytes("hello, world\n"));
        assertThatThrownBy(() -> handler.run(batch(file, null), context)).isInstanceOf(BatchFailure.class)
                .hasMessageStartingWith("file file_1 (notes.json) cannot be extracted: row 1 (byte 0): not JSON: it starts with 'h'");
    }

    private static Batch batch(FileMeta file, Map<String, Object> range) {
        Map<String, Object> meta = new HashMap<>(Json.convert(file, Map.class));
        meta.remove("index");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("fileType", "json");
        input.put("file", meta);
        if (range != null) {
            input.put("range", range);
        }
        input.put("sheetId", "sh_1");
        return ExtractBatches.batch(input);
    }

    private static SheetRecord record(long row, List<String> errors, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return SheetRecord.of("sh_1", row, values, errors.stream().map(e -> RecordMessage.error(null, e)).toList());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
