package dev.sluice.coordinator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.RequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class EnrichPlannerTest {

    private static final EnrichmentServices SERVICES = EnrichmentServices.parse(("{\"services\":{\"clearbit\":{"
            + "\"url\":\"https://enrich.example/v1\",\"keyFields\":[\"email\"],\"maxBatch\":100,"
            + "\"responseFields\":{\"company\":\"/company/name\",\"jobTitle\":\"title\",\"industry\":\"industry\"}}}}")
            .getBytes(StandardCharsets.UTF_8), "test");

    private static final Segment FIRST = new Segment(0, 10, 11, 0, 2);
    private static final Segment SECOND = new Segment(1, 4, 4, 2, 1);

    private final Map<String, Workbook> workbooks = Stream.of(
            workbook("wb_src", Workbook.READY, new Workbook.Sheet("sh_src", "people", List.of("name", "email", "contact"), 3,
                    List.of(FIRST, SECOND))),
            workbook("wb_ref", Workbook.READY, new Workbook.Sheet("sh_ref", "companies", List.of("email", "company", "tier"), 2,
                    List.of(new Segment(2, 0, 1, 0, 2)))),
            workbook("wb_big", Workbook.READY, new Workbook.Sheet("sh_big", "big", List.of("email", "company"), 100_001, List.of())),
            workbook("wb_busy", Workbook.EXTRACTING, new Workbook.Sheet("sh_busy", "busy", List.of("email"), 0, List.of())))
            .collect(Collectors.toMap(Workbook::id, Function.identity()));
    private final LookupContext context = new LookupContext("job_e1", id -> Optional.empty(),
            id -> Optional.ofNullable(workbooks.get(id)), id -> false);
    private final EnrichPlanner planner = new EnrichPlanner(SERVICES);

    private static Workbook workbook(String id, String status, Workbook.Sheet sheet) {
        return new Workbook(id, sheet.name(), status, "job_x", Instant.EPOCH, List.of(sheet));
    }

    private static JobSpec spec(String type, String config) throws InvalidRequestException {
        String body = "{\"type\":\"" + type + "\",\"operation\":\"enrich-data\",\"source\":\"wb_src\",\"config\":" + config + "}";
        return RequestParser.parse(Json.tree(body.getBytes(StandardCharsets.UTF_8)), Instant.now());
    }

    private BatchPlan plan(String config) throws InvalidRequestException {
        return planner.plan(spec("custom", config), context);
    }

    private void refused(String config, String field, String message) {
        ThrowableAssert.ThrowingCallable planning = () -> plan(config);
        assertThatThrownBy(planning).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(message);
        });
    }

    @Test
    void theGuidesJobPlansOneBatchPerSegmentIntoANewSheetWithTheFilledFieldsAdded() throws Exception {
        JobSpec spec = spec("custom", "{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\",\"jobTitle\",\"industry\"],"
                + "\"batchSize\":100}");

        BatchPlan plan = planner.plan(spec, context);
        Map<String, Object> input = planner.batchInput(spec, plan, 1, context);

        assertThat(plan.totalBatches()).isEqualTo(2);
        assertThat(plan.totalRecords()).isEqualTo(3);
        assertThat(plan.outputs()).containsEntry("workbookId", "wb_e1").containsEntry("sheetId", "sh_e1")
                .containsEntry("fields", List.of("name", "email", "contact", "company", "jobTitle", "industry"))
                .containsEntry("enrichmentService", "clearbit").containsEntry("sourceWorkbookId", "wb_src");
        assertThat(input).containsEntry("sourceSheetId", "sh_src").containsEntry("segment", SECOND)
                .containsEntry("sheetId", "sh_e1").containsEntry("service", "clearbit").containsEntry("callSize", 100)
                .containsEntry("enrich", List.of("company", "jobTitle", "industry")).doesNotContainKey("lookup");
    }

    @Test
    void theCallSizeIsBatchSizeOrElseTheServicesMaxBatchAndNeverMore() throws Exception {
        JobSpec small = spec("workbook", "{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"],\"batchSize\":7}");
        JobSpec unset = spec("custom", "{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"]}");

        assertThat(planner.batchInput(small, planner.plan(small, context), 0, context)).containsEntry("callSize", 7);
        assertThat(planner.batchInput(unset, planner.plan(unset, context), 0, context)).containsEntry("callSize", 100);
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"],\"batchSize\":101}", "config.batchSize",
                "service clearbit takes at most 100 records per call, not 101");
    }

    @Test
    void batchesAreDispatchedAsPlannedEvenIfTheServicesFileChangedSince() throws Exception {
        JobSpec spec = spec("custom", "{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"]}");
        BatchPlan plan = planner.plan(spec, context);

        Map<String, Object> input = new EnrichPlanner(EnrichmentServices.NONE).batchInput(spec, plan, 0, context);

        assertThat(plan.outputs()).containsEntry("callSize", 100);
        assertThat(input).containsEntry("service", "clearbit").containsEntry("callSize", 100);
    }

    @Test
    void anUnknownServiceIsRefusedListingTheConfiguredOnes() {
        refused("{\"enrichmentService\":\"zoominfo\",\"fields\":[\"company\"]}", "config.enrichmentService",
                "no enrichment service 'zoominfo'; configured: [clearbit, lookup]");
        refused("{\"fields\":[\"company\"]}", "config.enrichmentService", "is required: one of [clearbit, lookup]");
    }

    @Test
    void eachFieldMustBeOneTheServiceGivesAndNamedOnce() {
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\",\"salary\"]}", "config.fields[1]",
                "service clearbit gives [company, industry, jobTitle], not 'salary'");
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\",\"company\"]}", "config.fields[1]",
                "'company' is named twice");
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[]}", "config.fields", "is required");
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[3]}", "config.fields[0]", "must be a field name");
    }

    @Test
    void theSourceSheetMustHaveTheFieldsTheServiceLooksRecordsUpBy() throws Exception {
        workbooks.put("wb_src", workbook("wb_src", Workbook.READY,
                new Workbook.Sheet("sh_src", "people", List.of("name", "mail"), 1, List.of(FIRST))));

        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"]}", "config.enrichmentService",
                "service clearbit looks records up by [email], and sheet sh_src has no field 'email'");
    }

    @Test
    void optionsOfOtherKindsOfEnrichmentAndUnknownKeysAreRefused() {
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"],\"lookup\":{\"workbookId\":\"wb_ref\"}}",
                "config.lookup", "applies to enrichmentService \"lookup\" only");
        refused("{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"],\"cache\":true}", "config.cache", "unknown option");
        ThrowableAssert.ThrowingCallable asFile = () -> planner.plan(spec("file", "{\"enrichmentService\":\"clearbit\","
                + "\"fields\":[\"company\"]}"), context);
        assertThatThrownBy(asFile).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void aLookupCarriesTheReferenceSheetAndTheJoinToEachBatch() throws Exception {
        JobSpec spec = spec("custom", "{\"enrichmentService\":\"lookup\",\"fields\":[\"company\",\"tier\"],"
                + "\"lookup\":{\"workbookId\":\"wb_ref\",\"key\":\"email\",\"on\":\"contact\"}}");

        BatchPlan plan = planner.plan(spec, context);
        Map<String, Object> input = planner.batchInput(spec, plan, 0, context);

        assertThat(plan.outputs()).containsEntry("fields", List.of("name", "email", "contact", "company", "tier"))
                .containsEntry("enrichmentService", "lookup");
        assertThat(input).containsEntry("segment", FIRST).containsEntry("enrich", List.of("company", "tier"))
                .doesNotContainKey("service");
        assertThat(Json.text(input.get("lookup"))).isEqualTo("{\"sheetId\":\"sh_ref\",\"segments\":[{\"partition\":2,"
                + "\"fromOffset\":0,\"toOffset\":1,\"firstRow\":0,\"rows\":2,\"writer\":null}],\"key\":\"email\",\"on\":\"contact\"}");
    }

    @Test
    void aLookupJoinsOnTheSameFieldNameUnlessOnSaysOtherwise() throws Exception {
        JobSpec spec = spec("custom", "{\"enrichmentService\":\"lookup\",\"fields\":[\"company\"],"
                + "\"lookup\":{\"workbookId\":\"wb_ref\",\"sheetId\":\"sh_ref\",\"key\":\"email\"}}");

        Map<String, Object> input = planner.batchInput(spec, planner.plan(spec, context), 0, context);

        assertThat(Json.text(input.get("lookup"))).endsWith("\"key\":\"email\",\"on\":\"email\"}");
    }

    @Test
    void eachMistakeInALookupIsRefusedByName() {
        String fields = "{\"enrichmentService\":\"lookup\",\"fields\":[\"company\"],";
        refused("{\"enrichmentService\":\"lookup\",\"fields\":[\"company\"]}", "config.lookup", "is required");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_ref\",\"key\":\"email\",\"join\":\"x\"}}", "config.lookup.join",
                "unknown key");
        refused(fields + "\"lookup\":{\"key\":\"email\"}}", "config.lookup.workbookId", "is required");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_none\",\"key\":\"email\"}}", "config.lookup.workbookId",
                "no workbook 'wb_none'");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_ref\",\"sheetId\":\"sh_x\",\"key\":\"email\"}}",
                "config.lookup.sheetId", "workbook wb_ref has no sheet 'sh_x'");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_ref\",\"key\":\"mail\"}}", "config.lookup.key",
                "sheet sh_ref has no field 'mail'");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_ref\",\"key\":\"company\"}}", "config.lookup.on",
                "sheet sh_src has no field 'company'; name the source field that holds the key in config.lookup.on");
        refused("{\"enrichmentService\":\"lookup\",\"fields\":[\"salary\"],\"lookup\":{\"workbookId\":\"wb_ref\","
                + "\"key\":\"email\"}}", "config.fields[0]", "reference sheet sh_ref gives [company, email, tier], not 'salary'");
        refused(fields + "\"batchSize\":10,\"lookup\":{\"workbookId\":\"wb_ref\",\"key\":\"email\"}}", "config.batchSize",
                "a lookup makes no calls");
        refused(fields + "\"lookup\":{\"workbookId\":\"wb_big\",\"key\":\"email\"}}", "config.lookup.workbookId",
                "sheet sh_big has 100001 records; a lookup holds at most 100000 in memory");
    }

    @Test
    void aReferenceWorkbookStillBeingWrittenIsWaitedFor() {
        ThrowableAssert.ThrowingCallable planning = () -> plan("{\"enrichmentService\":\"lookup\",\"fields\":[\"email\"],"
                + "\"lookup\":{\"workbookId\":\"wb_busy\",\"key\":\"email\"}}");

        assertThatThrownBy(planning).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.notReady()).isTrue();
            assertThat(e.field()).isEqualTo("config.lookup.workbookId");
        });
    }
}
