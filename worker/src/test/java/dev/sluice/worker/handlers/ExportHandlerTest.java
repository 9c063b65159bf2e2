package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportHandlerTest {

    private static final List<String> FIELDS = List.of("name", "email");

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ExportHandler handler = new ExportHandler();
    private final List<Segment> segments = new ArrayList<>();

    @BeforeEach
    void writeASheetInTwoSegments() throws Exception {
        segments.add(write(record(0, "Ann", "ann@x.org"), record(1, "Bob", "bob@x.org")));
        SheetRecord invalid = SheetRecord.of("sh_1", 2, values("Cy", null),
                List.of(RecordMessage.error(null, "row 4 has 1 values; the sheet has 2 fields")));
        segments.add(write(invalid, record(3, "=HYPERLINK(\"http://evil.example\")", "-2+3")));
    }

    @Test
    void jsonIsAnArrayOfTheValuesInFieldOrder() throws Exception {
        assertThat(export("json", false, false)).isEqualTo("[{\"name\":\"Ann\",\"email\":\"ann@x.org\"},"
                + "{\"name\":\"Bob\",\"email\":\"bob@x.org\"},{\"name\":\"Cy\",\"email\":null},"
                + "{\"name\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"email\":\"-2+3\"}]");
    }

    @Test
    void jsonWithMetadataWrapsTheValuesWithIdValidityAndMessages() throws Exception {
        assertThat(export("json", true, true)).isEqualTo("["
                + "{\"id\":\"sh_1/000000000000\",\"valid\":true,\"messages\":[],\"values\":{\"name\":\"Ann\",\"email\":\"ann@x.org\"}},"
                + "{\"id\":\"sh_1/000000000001\",\"valid\":true,\"messages\":[],\"values\":{\"name\":\"Bob\",\"email\":\"bob@x.org\"}},"
                + "{\"id\":\"sh_1/000000000003\",\"valid\":true,\"messages\":[],"
                + "\"values\":{\"name\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"email\":\"-2+3\"}}]");
    }

    @Test
    void jsonWithMetadataCarriesTheMessagesOfInvalidRecords() throws Exception {
        assertThat(export("json", true, false)).contains("{\"id\":\"sh_1/000000000002\",\"valid\":false,\"messages\":"
                + "[{\"field\":null,\"level\":\"error\",\"message\":\"row 4 has 1 values; the sheet has 2 fields\"}],"
                + "\"values\":{\"name\":\"Cy\",\"email\":null}}");
    }

    @Test
    void csvHasAHeaderRowAndNeutralizesFormulas() throws Exception {
        assertThat(export("csv", false, false)).isEqualTo("name,email\r\n"
                + "Ann,ann@x.org\r\n"
                + "Bob,bob@x.org\r\n"
                + "Cy,\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-2+3\r\n");
    }

    @Test
    void csvWithMetadataLeadsWithIdValidityAndMessagesAndCanLeaveInvalidRecordsOut() throws Exception {
        assertThat(export("csv", true, false)).startsWith("_id,_valid,_messages,name,email\r\n"
                + "sh_1/000000000000,true,[],Ann,ann@x.org\r\n")
                .contains("sh_1/000000000002,false,\"[{\"\"field\"\":null,\"\"level\"\":\"\"error\"\",\"\"message\"\":"
                        + "\"\"row 4 has 1 values; the sheet has 2 fields\"\"}]\",Cy,\r\n");
        assertThat(export("csv", false, true)).isEqualTo("name,email\r\nAnn,ann@x.org\r\nBob,bob@x.org\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-2+3\r\n");
    }

    @Test
    void theOutputNamesTheFileTheRecordsWrittenAndFilteredAndTheSize() throws Exception {
        BatchResult result = handler.run(batch("csv", false, true), context);

        byte[] stored = data.content("file_9");
        assertThat(result.records()).isEqualTo(3);
        assertThat(result.errors()).isZero();
        assertThat(result.output()).isEqualTo(Map.of("fileId", "file_9", "records", 3L, "filtered", 1L,
                "size", (long) stored.length));
    }

    @Test
    void valuesThatAreNotTextKeepTheirType() throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("name", 42);
        typed.put("email", List.of("a@x", "b@x"));
        segments.clear();
        segments.add(write(SheetRecord.of("sh_1", 0, typed, List.of())));

        assertThat(export("json", false, false)).isEqualTo("[{\"name\":42,\"email\":[\"a@x\",\"b@x\"]}]");
        assertThat(export("csv", false, false)).isEqualTo("name,email\r\n42,\"[\"\"a@x\"\",\"\"b@x\"\"]\"\r\n");
    }

    @Test
    void anEmptySheetExportsAnEmptyArrayOrJustTheHeader() throws Exception {
        segments.clear();

        assertThat(export("json", true, false)).isEqualTo("[]");
        assertThat(export("csv", false, false)).isEqualTo("name,email\r\n");
    }

    @Test
    void aJsonPartHoldsItsElementsAloneCommaSeparatedAndGivesItsPartInTheOutput() throws Exception {
        BatchResult first = part("json", 0, segments.get(0));
        BatchResult second = part("json", 1, segments.get(1));

        assertThat(partText(first)).isEqualTo("{\"name\":\"Ann\",\"email\":\"ann@x.org\"},{\"name\":\"Bob\",\"email\":\"bob@x.org\"}");
        assertThat(partText(second)).isEqualTo("{\"name\":\"Cy\",\"email\":null},"
                + "{\"name\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"email\":\"-2+3\"}");
        assertThat(first.output()).containsEntry("part", 0).containsEntry("records", 2L);
        assertThat("[" + partText(first) + "," + partText(second) + "]").isEqualTo(export("json", false, false));
    }

    @Test
    void onlyTheFirstCsvPartHasTheHeaderRow() throws Exception {
        String first = partText(part("csv", 0, segments.get(0)));
        String second = partText(part("csv", 1, segments.get(1)));

        assertThat(first).isEqualTo("name,email\r\nAnn,ann@x.org\r\nBob,bob@x.org\r\n");
        assertThat(second).isEqualTo("Cy,\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",'-2+3\r\n");
        assertThat(first + second).isEqualTo(export("csv", false, false));
    }

    @Test
    void aPartOfAnXlsxExportIsRefused() {
        Batch batch = partBatch("xlsx", 0, segments.get(0));
        assertThatThrownBy(() -> handler.run(batch, context)).isInstanceOfSatisfying(BatchFailure.class,
                failure -> assertThat(failure.getMessage()).contains("input.part must be a part index"));
    }

    @Test
    void anUnknownFormatFailsForGood() {
        assertThatThrownBy(() -> handler.run(batch("ods", false, false), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).isEqualTo("input.format must be \"json\", \"csv\" or \"xlsx\", not ods");
                });
    }

    @Test
    void xlsxHasOneSheetNamedAfterTheExportWithTheHeaderAndEveryRecordAndNoFormulas() throws Exception {
        segments.clear();
        Map<String, Object> formula = new LinkedHashMap<>();
        formula.put("name", "=HYPERLINK(\"http://x\")");
        formula.put("email", 7);
        segments.add(write(SheetRecord.of("sh_1", 0, formula, List.of())));

        handler.run(batch("xlsx", true, false), context);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, data.content("file_9"));
            try (var workbook = dev.sluice.formats.xlsx.XlsxWorkbook.open(file)) {
                assertThat(workbook.sheets()).extracting(dev.sluice.formats.xlsx.XlsxSheet::name).containsExactly("customers");
                try (var sheet = workbook.read(workbook.sheets().get(0), true)) {
                    assertThat(sheet.fields()).containsExactly("_id", "_valid", "_messages", "name", "email");
                    var row = sheet.next();
                    assertThat(row.values().get(0)).isEqualTo("sh_1/000000000000");
                    assertThat(row.values().get(3)).as("text, not a formula").isEqualTo("=HYPERLINK(\"http://x\")");
                    assertThat(((Number) row.values().get(4)).intValue()).isEqualTo(7);
                    assertThat(sheet.next()).isNull();
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private BatchResult part(String format, int part, Segment segment) throws Exception {
        return handler.run(partBatch(format, part, segment), context);
    }

    private Batch partBatch(String format, int part, Segment segment) {
        Batch whole = batch(format, false, false);
        Map<String, Object> input = new LinkedHashMap<>(whole.input());
        input.put("segments", List.of(Json.convert(segment, Map.class)));
        input.put("part", part);
        return new Batch("job_2", "export", "wb_1", Map.of(), part, 0, 0, -1, input);
    }

    private String partText(BatchResult result) {
        FileMeta meta = Json.convert(result.output().get("partFile"), FileMeta.class);
        return new String(data.partContent(meta), StandardCharsets.UTF_8);
    }

    private String export(String format, boolean includeMetadata, boolean filterInvalidRecords) throws Exception {
        handler.run(batch(format, includeMetadata, filterInvalidRecords), context);
        return new String(data.content("file_9"), StandardCharsets.UTF_8);
    }

    private Batch batch(String format, boolean includeMetadata, boolean filterInvalidRecords) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sheetId", "sh_1");
        input.put("fields", FIELDS);
        input.put("segments", segments.stream().map(segment -> Json.convert(segment, Map.class)).toList());
        input.put("fileId", "file_9");
        input.put("fileName", "customers." + format);
        input.put("format", format);
        input.put("includeMetadata", includeMetadata);
        input.put("filterInvalidRecords", filterInvalidRecords);
        return new Batch("job_2", "export", "wb_1", Map.of(), 0, 0, 0, -1, input);
    }

    private Segment write(SheetRecord... records) throws Exception {
        RecordWriter writer = data.writeRecords();
        for (SheetRecord record : records) {
            writer.write(record);
        }
        return writer.finish();
    }

    private static SheetRecord record(long row, String name, String email) {
        return SheetRecord.of("sh_1", row, values(name, email), List.of());
    }

    private static Map<String, Object> values(String name, String email) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("email", email);
        return values;
    }
}
