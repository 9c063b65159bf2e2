package dev.sluice.coordinator.plan;

import static dev.sluice.coordinator.plan.extract.Uploads.extract;
import static dev.sluice.coordinator.plan.extract.Uploads.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.plan.extract.Uploads;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class ExtractPlannerTest {

    private static final String CSV = "id,name\n1,Ann\n2,Bob\n";
    private static final String NDJSON = "{\"id\": 1, \"a\": {\"b\": 2}}\n{\"id\": 2}\n";

    private final ExtractPlanner planner = new ExtractPlanner();

    @Test
    void theFormatIsToldByTheContentWhateverTheFileIsCalled() throws Exception {
        assertThat(plan(stored(Uploads.workbook("A", "B"), "data.csv"), Map.of()).outputs()).containsEntry("format", "xlsx");
        assertThat(plan(stored(bytes(NDJSON), "data.csv"), Map.of()).outputs()).containsEntry("format", "json");
        assertThat(plan(stored(bytes("[{\"a\": 1}]"), "data.xlsx"), Map.of()).outputs()).containsEntry("format", "json");
        assertThat(plan(stored(bytes(CSV), "data.json"), Map.of()).outputs()).containsEntry("format", "csv");
    }

    @Test
    void contentThatIsNoneOfTheFormatsIsReadAsCsvUnlessItStartsLikeJson() throws Exception {
        assertThat(plan(stored(bytes("just one column\nof text\n"), "x"), Map.of()).outputs()).containsEntry("format", "csv");
        assertThat(plan(stored(bytes("[{\"a\": 1}, {\"a\": ]\n[\n"), "x"), Map.of()).outputs()).containsEntry("format", "json");
    }

    @Test
    void aFileUploadedBeforeContentWasIndexedIsCsvOrWhatConfigFormatSays() throws Exception {
        FileMeta old = stored(bytes(NDJSON), "old.json", List.of());
        assertThat(plan(old, Map.of()).outputs()).containsEntry("format", "csv");
        BatchPlan json = plan(old, Map.of("format", "json"));
        assertThat(json.outputs()).containsEntry("format", "json");
        assertThat(json.totalBatches()).isEqualTo(1);
        assertThat(planner.batchInput(extract(Map.of("format", "json"), 10), json, 0, context(old))).doesNotContainKey("range");
    }

    @Test
    void aNamedFormatThatTheContentCertainlyIsNotIsRefusedNamingConfigFormat() throws Exception {
        FileMeta xlsx = stored(Uploads.workbook("A"), "book.xlsx");
        FileMeta json = stored(bytes(NDJSON), "rows.ndjson");
        FileMeta csv = stored(bytes(CSV), "people.csv");
        refused(() -> plan(xlsx, Map.of("format", "csv")), "config.format", "is csv, but file " + Uploads.FILE_ID
                + " (book.xlsx) is xlsx by its content");
        refused(() -> plan(json, Map.of("format", "xlsx")), "config.format", "is json (ndjson) by its content");
        refused(() -> plan(json, Map.of("format", "csv")), "config.format", "is json (ndjson) by its content");
        refused(() -> plan(csv, Map.of("format", "xlsx")), "config.format", "is csv by its content");
        refused(() -> plan(csv, Map.of("format", "yaml")), "config.format", "must be csv, xlsx or json");
    }

    @Test
    void aNamedFormatWinsOverAGuessAndItsReaderJudgesTheFile() throws Exception {
        FileMeta csvLooking = stored(bytes("a,b\n1,2\n"), "x.json");
        assertThat(plan(csvLooking, Map.of("format", "json")).outputs()).containsEntry("format", "json");
        assertThat(plan(stored(bytes("one column\n"), "x.csv"), Map.of("format", "csv")).outputs()).containsEntry("format", "csv");
    }

    @Test
    void csvKeysForAnXlsxOrJsonFileAreRefusedNamingTheKey() throws Exception {
        FileMeta xlsx = stored(Uploads.workbook("A"), "book.xlsx");
        FileMeta json = stored(bytes(NDJSON), "rows.ndjson");
        refused(() -> plan(xlsx, Map.of("delimiter", ";")), "config.delimiter", "applies to csv files only; file "
                + Uploads.FILE_ID + " (book.xlsx) is read as xlsx");
        refused(() -> plan(xlsx, Map.of("skipRows", 1)), "config.skipRows", "applies to csv files only");
        refused(() -> plan(json, Map.of("encoding", "utf-8")), "config.encoding", "applies to csv files only");
        refused(() -> plan(json, Map.of("headers", true)), "config.headers", "applies to csv and xlsx files only");
        refused(() -> plan(xlsx, Map.of("headers", "yes")), "config.headers", "must be true or false");
        refused(() -> plan(xlsx, Map.of("colour", "red")), "config.colour", "unknown option of operation extract");
    }

    @Test
    void aSingleJsonObjectOverSeveralLinesIsRefusedAsNoImportLayout() {
        FileMeta object = stored(bytes("{\"data\": [\n{\"a\": 1}\n]}\n"), "wrapped.json");
        refused(() -> plan(object, Map.of()), "source", "holds one JSON object over several lines");
    }

    @Test
    void anXlsxWorkbookIsOneBatchPerSheetAndTheLastAlsoReadsAnySheetsAfterIt() throws Exception {
        FileMeta file = stored(Uploads.workbook("Customers", "Orders", "Notes"), "sales.xlsx");
        JobSpec spec = extract(Map.of("headers", false), 1000);

        BatchPlan plan = planner.plan(spec, context(file));

        assertThat(plan.totalBatches()).isEqualTo(3);
        assertThat(plan.totalRecords()).isEqualTo(-1);
        assertThat(plan.outputs()).containsEntry("workbookId", "wb_abc").containsEntry("workbookName", "sales")
                .containsEntry("sheetIdBase", "sh_abc").doesNotContainKeys("sheetId", "sheetName", "fields");
        for (int batch = 0; batch < 3; batch++) {
            Map<String, Object> input = planner.batchInput(spec, plan, batch, context(file));
            assertThat(input).containsEntry("fileType", "xlsx").containsEntry("sheetIndex", batch)
                    .containsEntry("andLaterSheets", batch == 2).containsEntry("headers", false)
                    .containsEntry("sheetIdBase", "sh_abc");
            assertThat(input.get("file")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("index", Map.of());
        }
    }

    @Test
    void ndjsonIsCutIntoRangesOfAtLeastBatchSizeRowsThatCoverTheFile() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("{\"id\":").append(i).append(",\"text\":\"some words to fill the line ").append(i).append("\"}\n");
        }
        FileMeta file = stored(bytes(text.toString()), "rows.ndjson");
        JobSpec spec = extract(Map.of(), 10_000);

        BatchPlan plan = planner.plan(spec, context(file));

        assertThat(plan.totalRecords()).isEqualTo(50_000);
        assertThat(plan.totalBatches()).isBetween(2, 5);
        assertThat(plan.outputs()).containsEntry("sheetId", "sh_abc").containsEntry("sheetName", "rows")
                .containsEntry("format", "json").doesNotContainKey("fields");
        long start = 0;
        long firstRow = 0;
        for (int batch = 0; batch < plan.totalBatches(); batch++) {
            Map<?, ?> range = (Map<?, ?>) planner.batchInput(spec, plan, batch, context(file)).get("range");
            assertThat(((Number) range.get("start")).longValue()).isEqualTo(start);
            assertThat(((Number) range.get("firstRow")).longValue()).isEqualTo(firstRow);
            long end = ((Number) range.get("end")).longValue();
            long rows = text.substring((int) start, (int) end).chars().filter(c -> c == '\n').count();
            assertThat(rows).isGreaterThanOrEqualTo(batch == plan.totalBatches() - 1 ? 1 : 10_000);
            start = end;
            firstRow += rows;
        }
        assertThat(start).isEqualTo(file.size());
    }

    @Test
    void aJsonArrayIsOneBatchOverTheWholeFile() throws Exception {
        FileMeta file = stored(bytes("[{\"a\": 1}, {\"a\": 2}]"), "rows.json");
        BatchPlan plan = planner.plan(extract(Map.of(), 1), context(file));
        assertThat(plan.totalBatches()).isEqualTo(1);
        assertThat(plan.totalRecords()).isEqualTo(-1);
        assertThat(planner.batchInput(extract(Map.of(), 1), plan, 0, context(file)))
                .containsEntry("fileType", "json").containsEntry("sheetId", "sh_abc").doesNotContainKey("range");
    }

    @Test
    void aCsvPlanIsAsBeforeAndSaysItsFormat() throws Exception {
        BatchPlan plan = plan(stored(bytes(CSV), "people.csv"), Map.of("delimiter", ","));
        assertThat(plan.outputs()).containsEntry("fields", List.of("id", "name")).containsEntry("sheetId", "sh_abc")
                .containsEntry("format", "csv");
        assertThat(plan.totalRecords()).isEqualTo(2);
    }

    private BatchPlan plan(FileMeta file, Map<String, Object> config) throws InvalidRequestException {
        return planner.plan(extract(new HashMap<>(config), 1000), context(file));
    }

    private static void refused(ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo(field));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PlanningContext context(FileMeta file) {
        return new PlanningContext() {
            @Override
            public String jobId() {
                return "job_abc";
            }

            @Override
            public Optional<FileMeta> file(String fileId) {
                return Optional.of(file).filter(f -> f.id().equals(fileId));
            }

            @Override
            public Optional<Workbook> workbook(String workbookId) {
                return Optional.empty();
            }
        };
    }
}
