package dev.sluice.coordinator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.RequestParser;
import dev.sluice.coordinator.schema.SchemaWorkbooks;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema workbook, map and validate-records planners: what they plan, and what they refuse by name. */
class WorkbookPlannersTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String SCHEMA = """
            {"name": "Contacts", "sheets": [{"key": "contacts", "fields": [
              {"key": "email", "label": "Email", "type": "email", "required": true, "unique": true},
              {"key": "age", "type": "number"}],
             "rules": [{"expression": "age >= 18", "message": "adults only", "field": "age"}]}]}
            """;

    private final Map<String, Workbook> workbooks = new HashMap<>();
    private final LookupContext context = new LookupContext("job_1", id -> Optional.empty(),
            id -> Optional.ofNullable(workbooks.get(id)), id -> false);

    private Workbook schema() throws InvalidRequestException {
        Workbook workbook = SchemaWorkbooks.create(Json.tree(SCHEMA.getBytes(StandardCharsets.UTF_8)), "wb_schema", NOW);
        workbooks.put(workbook.id(), workbook);
        return workbook;
    }

    private Workbook extracted(List<String> fields, Map<String, Object> schema) {
        Segment segment = new Segment(0, 10, 20, 0, 3, "w");
        Workbook workbook = new Workbook("wb_src", "people.csv", Workbook.READY, "job_0", NOW,
                List.of(new Workbook.Sheet("sh_src", "people.csv", fields, 3, List.of(segment), schema)));
        workbooks.put(workbook.id(), workbook);
        return workbook;
    }

    private static JobSpec spec(String body) throws InvalidRequestException {
        return RequestParser.parse(Json.tree(body.getBytes(StandardCharsets.UTF_8)), NOW);
    }

    @Test
    void aSchemaWorkbookKeepsEachSheetsDefinitionAndNamesItsSheetsAfterItself() throws Exception {
        Workbook workbook = schema();
        assertThat(workbook.status()).isEqualTo(Workbook.READY);
        assertThat(workbook.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.id()).isEqualTo("sh_schema");
            assertThat(sheet.fields()).containsExactly("email", "age");
            assertThat(SchemaWorkbooks.of(sheet).orElseThrow().fields().get(0).unique()).isTrue();
        });
        assertThatThrownBy(() -> SchemaWorkbooks.create(Json.tree(("{\"sheets\":[{\"key\":\"a\",\"fields\":[{\"key\":\"x\","
                + "\"type\":\"number\"}],\"rules\":[{\"expression\":\"y > 1\",\"message\":\"m\"}]}]}").getBytes()), "wb_x", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("sheets[0].rules[0]");
                    assertThat(e.getMessage()).contains("undeclared reference to 'y'");
                });
        assertThatThrownBy(() -> SchemaWorkbooks.create(Json.tree("{\"sheets\":[],\"colour\":1}".getBytes()), "wb_x", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("colour"));
    }

    @Test
    void mapPlansOnceAndCarriesTheDestinationsSchemaIntoItsNewSheet() throws Exception {
        Workbook schema = schema();
        extracted(List.of("E-mail Address", "Age", "Notes"), null);
        BatchPlan plan = new MapPlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"wb_src\","
                + "\"destination\":\"wb_schema\",\"config\":{\"confidence\":0.8}}"), context);
        assertThat(plan.totalBatches()).isEqualTo(1);
        assertThat(plan.outputs()).containsEntry("workbookId", "wb_1").containsEntry("sheetId", "sh_1")
                .containsEntry("fields", List.of("email", "age"))
                .containsEntry("schema", schema.sheets().get(0).schema());
        assertThat(Json.MAPPER.valueToTree(plan.outputs().get("mapping")).toString()).isEqualTo(
                "{\"mappings\":[{\"source\":\"E-mail Address\",\"destinationKey\":\"email\",\"score\":0.95},"
                + "{\"source\":\"Age\",\"destinationKey\":\"age\",\"score\":1.0}],\"unmappedSources\":[\"Notes\"],"
                + "\"unmappedDestinations\":[]}");
    }

    @Test
    void mapRefusesAMissingOrSchemalessDestinationAndUnknownOptions() throws Exception {
        extracted(List.of("email"), null);
        assertField(() -> new MapPlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"wb_src\"}"),
                context), "destination");
        assertField(() -> new MapPlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"wb_src\","
                + "\"destination\":\"wb_src\"}"), context), "destination");
        schema();
        assertField(() -> new MapPlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"wb_src\","
                + "\"destination\":\"wb_schema\",\"config\":{\"fuzzyness\":1}}"), context), "config.fuzzyness");
        assertField(() -> new MapPlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"wb_src\","
                + "\"destination\":\"wb_schema\",\"config\":{\"mapping\":{\"email\":\"phone\"}}}"), context),
                "config.mapping.email");
    }

    @Test
    void validateRecordsRefusesChecksWithoutEffectAndRulesThatDoNotCompile() throws Exception {
        extracted(List.of("email", "age"), null);
        String plain = "{\"type\":\"workbook\",\"operation\":\"validate-records\",\"source\":\"wb_src\",\"config\":";
        assertField(() -> new ValidateRecordsPlanner().plan(spec(plain + "{}}"), context), "config.validateRequiredFields");
        BatchPlan rulesOnly = new ValidateRecordsPlanner().plan(spec(plain + "{\"validateRequiredFields\":false,"
                + "\"validateDataTypes\":false,\"rules\":[{\"expression\":\"email != ''\",\"message\":\"m\"}]}}"), context);
        assertThat(rulesOnly.outputs()).containsEntry("sheetId", "sh_1").doesNotContainKey("schema");

        Workbook schema = schema();
        extracted(List.of("email", "age"), schema.sheets().get(0).schema());
        assertField(() -> new ValidateRecordsPlanner().plan(spec(plain + "{\"rules\":[{\"expression\":\"age.size() > \","
                + "\"message\":\"m\"}]}}"), context), "config.rules[0]");
        assertField(() -> new ValidateRecordsPlanner().plan(spec(plain + "{\"validateBusinessRules\":false,"
                + "\"rules\":[{\"expression\":\"age > 1.0\",\"message\":\"m\"}]}}"), context), "config.rules");
        assertField(() -> new ValidateRecordsPlanner().plan(spec(plain + "{\"dateOrder\":\"YMD\"}}"), context),
                "config.dateOrder");
        BatchPlan plan = new ValidateRecordsPlanner().plan(spec(plain + "{}}"), context);
        assertThat(plan.outputs()).containsEntry("schema", schema.sheets().get(0).schema());
    }

    @Test
    void theGuidesWorkbookValidateIsValidateRecordsAndItsEnrichIsEnrichData() throws Exception {
        Workbook schema = schema();
        extracted(List.of("email", "age"), schema.sheets().get(0).schema());
        BatchPlan plan = new FileValidatePlanner().plan(spec("{\"type\":\"workbook\",\"operation\":\"validate\","
                + "\"source\":\"wb_src\"}"), context);
        assertThat(plan.outputs()).containsEntry("sheetId", "sh_1").containsEntry("schema", schema.sheets().get(0).schema());
        assertThat(new FileValidatePlanner().batchInput(spec("{\"type\":\"workbook\",\"operation\":\"validate\","
                + "\"source\":\"wb_src\"}"), plan, 0, context)).containsEntry("sourceSheetId", "sh_src");
        assertField(() -> new EnrichAliasPlanner().plan(spec("{\"type\":\"custom\",\"operation\":\"enrich\","
                + "\"source\":\"wb_src\",\"config\":{\"fields\":[\"company\"]}}"), context), "config.enrichmentService");
    }

    private interface Planning {
        Object run() throws Exception;
    }

    private static void assertField(Planning planning, String field) {
        assertThatThrownBy(planning::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}
