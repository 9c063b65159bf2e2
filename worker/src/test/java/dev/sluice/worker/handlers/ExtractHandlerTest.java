package dev.sluice.worker.handlers;

import static dev.sluice.worker.handlers.ExtractBatches.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractHandlerTest {

    private static final String CSV = "name,email,age\r\n"
            + "Ann,ann@x.org,31\r\n"
            + "Bob,bob@x.org\r\n"
            + "\"Cy, Jr.\",cy@x.org,40,extra\r\n"
            + "\r\n"
            + "Dee,dee@x.org,25\r\n";
    private static final List<String> FIELDS = List.of("name", "email", "age");

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ExtractHandler handler = new ExtractHandler();

    @Test
    void aFileInTwoRangesBecomesRecordsNumberedFromZeroAcrossTheRanges() throws Exception {
        FileMeta file = data.store("file_1", "people.csv", bytes(CSV));
        int cut = CSV.indexOf("\"Cy");

        BatchResult first = handler.run(range(file, 0, cut, 0, Map.of(), FIELDS, 1), context);
        BatchResult second = handler.run(range(file, cut, file.size(), 3, Map.of(), FIELDS, 1), context);

        assertThat(first.records()).isEqualTo(2);
        assertThat(first.errors()).isEqualTo(1);
        assertThat(second.records()).isEqualTo(2);
        assertThat(second.errors()).isEqualTo(1);
        assertThat(read(segment(first), segment(second))).containsExactly(
                SheetRecord.of("sh_1", 0, values("Ann", "ann@x.org", "31"), List.of()),
                SheetRecord.of("sh_1", 1, values("Bob", "bob@x.org", null), List.of(RecordMessage.error(null,
                        "row 3 (byte " + CSV.indexOf("Bob") + ") has 2 values; the sheet has 3 fields"))),
                SheetRecord.of("sh_1", 2, with(values("Cy, Jr.", "cy@x.org", "40"), "column_4", "extra"),
                        List.of(RecordMessage.error(null, "row 4 (byte " + cut + ") has 4 values; the sheet has 3 fields;"
                                + " the extra values are kept as column_4"))),
                SheetRecord.of("sh_1", 3, values("Dee", "dee@x.org", "25"), List.of()));
    }

    @Test
    void theOutputNamesTheSegmentAndTheRowCount() throws Exception {
        FileMeta file = data.store("file_1", "people.csv", bytes(CSV));

        BatchResult result = handler.run(range(file, 0, file.size(), 0, Map.of(), FIELDS, 1), context);

        Segment segment = segment(result);
        assertThat(result.output()).containsOnlyKeys("segment", "rows").containsEntry("rows", 4L);
        assertThat(segment.firstRow()).isZero();
        assertThat(segment.rows()).isEqualTo(4);
        assertThat(segment.toOffset() - segment.fromOffset()).isEqualTo(3);
    }

    @Test
    void skippedRowsAndTheHeaderComeBeforeRowZeroAndAByteOrderMarkIsDropped() throws Exception {
        String csv = "\uFEFFexported 2024-01-01\nname;email\nAnn;a@x\nBob;b@x\n";
        FileMeta file = data.store("file_1", "skip.csv", bytes(csv));

        BatchResult result = handler.run(range(file, 0, file.size(), 0, Map.of("skipRows", 1, "delimiter", ";"),
                List.of("name", "email"), 2), context);

        assertThat(result.records()).isEqualTo(2);
        assertThat(read(segment(result))).extracting(SheetRecord::row, SheetRecord::values).containsExactly(
                tuple(0L, Map.of("name", "Ann", "email", "a@x")),
                tuple(1L, Map.of("name", "Bob", "email", "b@x")));
    }

    @Test
    void withoutHeadersEveryRowIsDataUnderNumberedFields() throws Exception {
        FileMeta file = data.store("file_1", "plain.csv", bytes("Ann,a@x\nBob,b@x\n"));

        BatchResult result = handler.run(range(file, 0, file.size(), 0, Map.of("headers", false),
                List.of("column_1", "column_2"), 0), context);

        assertThat(read(segment(result))).extracting(SheetRecord::values).containsExactly(
                Map.of("column_1", "Ann", "column_2", "a@x"), Map.of("column_1", "Bob", "column_2", "b@x"));
    }

    @Test
    void withoutFieldsFromThePlannerTheOnlyRangeReadsTheHeaderAndReportsIt() throws Exception {
        byte[] utf16 = ("\uFEFFname,city\nZoë,Zürich\n").getBytes(StandardCharsets.UTF_16LE);
        FileMeta file = data.store("file_1", "utf16.csv", utf16);

        BatchResult result = handler.run(range(file, 0, file.size(), 0, Map.of("encoding", "utf-16"), null, 1), context);

        assertThat(result.output()).containsEntry("fields", List.of("name", "city"));
        assertThat(read(segment(result))).extracting(SheetRecord::values)
                .containsExactly(Map.of("name", "Zoë", "city", "Zürich"));
    }

    @Test
    void anEmptyRangeWritesNothing() throws Exception {
        FileMeta file = data.store("file_1", "people.csv", bytes(CSV));

        BatchResult result = handler.run(range(file, 16, 16, 1, Map.of(), FIELDS, 1), context);

        assertThat(result.records()).isZero();
        assertThat(segment(result).rows()).isZero();
        assertThat(data.log()).isEmpty();
    }

    @Test
    void theExtractAndExportHandlersAreFoundByServiceLoader() {
        var registry = HandlerRegistry.discover(ExtractHandler.class.getClassLoader());

        assertThat(registry.find("extract")).containsInstanceOf(ExtractHandler.class);
        assertThat(registry.find("export")).containsInstanceOf(ExportHandler.class);
    }

    private List<SheetRecord> read(Segment... segments) throws Exception {
        List<SheetRecord> records = new ArrayList<>();
        data.readRecords("sh_1", List.of(segments), records::add);
        return records;
    }

    static Segment segment(BatchResult result) {
        return Json.convert(result.output().get("segment"), Segment.class);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> values(String name, String email, String age) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("email", email);
        values.put("age", age);
        return values;
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        values.put(key, value);
        return values;
    }
}
