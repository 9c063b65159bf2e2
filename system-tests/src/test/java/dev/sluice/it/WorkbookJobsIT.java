package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guide's workbook jobs on a real extract: a schema workbook is created, the CSV's columns are
 * mapped onto it, the records validated and the valid ones exported, one job at a time and as a pipeline.
 */
class WorkbookJobsIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(3, 2);

    static final String SCHEMA = """
            {"name": "Contacts", "sheets": [{"key": "contacts", "name": "Contacts", "fields": [
              {"key": "full_name", "label": "Full Name", "type": "string", "required": true},
              {"key": "email", "type": "email", "required": true, "unique": true},
              {"key": "phone", "type": "phone"},
              {"key": "age", "type": "number"},
              {"key": "country", "type": "enum", "options": ["US", "CA", "GB"]},
              {"key": "signup", "label": "Signup Date", "type": "date"}],
             "rules": [{"expression": "age >= 18 || country != \\"US\\"", "message": "must be 18 in the US",
                        "field": "age"}]}]}
            """;

    /** Eight contacts: rows 0 and 4 valid; the others wrong in one way each, row 7 in two. */
    static final String CSV = "Name,E-mail Address,Phone Number,Age,Country,Signup Date,Notes\n"
            + "Ada Lovelace,ada@example.com,(202) 555-0143,36,US,2024-03-05,first\n"
            + ",grace@navy.mil,202-555-0187,45,US,03/15/2024,no name\n"
            + "Alan Turing,not-an-email,,41,GB,2024-01-01,bad email\n"
            + "Tim Minor,tim@example.com,,16,US,2024-02-02,too young in the US\n"
            + "Tina Teen,tina@example.com,,16,CA,2024-02-03,fine in Canada\n"
            + "Ada Again,ADA@example.com,,30,GB,2024-02-04,duplicate email\n"
            + "Bob,bob@example.com,,abc,US,2024-02-05,age not a number\n"
            + "Eve,eve@example.com,,22,FR,2024-13-01,bad country and date\n";

    static final String VALIDATE = "{\"validateRequiredFields\":true,\"validateDataTypes\":true,"
            + "\"validateBusinessRules\":true}";

    @Test
    void aCsvIsMappedIntoASchemaValidatedAndOnlyItsValidRecordsExported() throws Exception {
        Api api = CLUSTER.api();
        Api.Response created = api.post("/api/v1/workbooks", SCHEMA);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String schemaId = created.body().get("id").asText();
        assertThat(created.body().at("/sheets/0/fields").toString())
                .isEqualTo("[\"full_name\",\"email\",\"phone\",\"age\",\"country\",\"signup\"]");
        assertThat(api.get("/api/v1/workbooks/" + schemaId).body().at("/sheets/0/schema/fields/1/unique").asBoolean())
                .isTrue();

        String workbookId = extract(api, CSV);
        JsonNode map = api.awaitStatus(api.create("{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\"" + workbookId
                + "\",\"destination\":\"" + schemaId + "\",\"config\":{\"autoMap\":true,\"confidence\":0.8,"
                + "\"strategy\":\"fuzzy\"}}").get("id").asText(), "completed", Duration.ofSeconds(60));
        assertThat(mapped(map.at("/output/mapping/mappings"))).containsExactly("Name->full_name", "E-mail Address->email",
                "Phone Number->phone", "Age->age", "Country->country", "Signup Date->signup");
        assertThat(map.at("/output/mapping/unmappedSources").toString()).isEqualTo("[\"Notes\"]");
        assertThat(map.get("recordsProcessed").asLong()).isEqualTo(8);
        JsonNode mappedRecords = records(api, map.at("/output/sheetId").asText());
        assertThat(mappedRecords.get(0).get("values").toString()).isEqualTo("{\"full_name\":\"Ada Lovelace\","
                + "\"email\":\"ada@example.com\",\"phone\":\"(202) 555-0143\",\"age\":\"36\",\"country\":\"US\","
                + "\"signup\":\"2024-03-05\"}");

        JsonNode validate = api.awaitStatus(api.create("{\"type\":\"workbook\",\"operation\":\"validate-records\","
                + "\"source\":\"" + map.at("/output/workbookId").asText() + "\",\"config\":" + VALIDATE + "}")
                .get("id").asText(), "completed", Duration.ofSeconds(60));
        assertThat(validate.get("recordsProcessed").asLong()).isEqualTo(8);
        assertThat(validate.get("errorCount").asLong()).isEqualTo(6);
        JsonNode validated = records(api, validate.at("/output/sheetId").asText());
        List<String> validity = new ArrayList<>();
        validated.forEach(r -> validity.add(r.get("row").asLong() + ":" + r.get("valid").asBoolean()));
        assertThat(validity).containsExactly("0:true", "1:false", "2:false", "3:false", "4:true", "5:false", "6:false",
                "7:false");
        JsonNode errors = api.get("/api/v1/jobs/" + validate.get("id").asText() + "/errors").body().get("items");
        List<String> codes = new ArrayList<>();
        errors.forEach(e -> codes.add(e.get("row").asLong() + ":" + e.get("field").asText() + ":" + e.get("code").asText()));
        assertThat(codes).containsExactlyInAnyOrder("1:full_name:required", "2:email:invalid_email", "3:age:rule_failed",
                "5:email:duplicate", "6:age:invalid_number", "7:country:invalid_enum", "7:signup:invalid_date");
        assertThat(api.get("/api/v1/jobs/" + validate.get("id").asText() + "/failed-records").body().get("items"))
                .hasSize(6);
        assertThat(validated.get(3).at("/messages/0/message").asText()).isEqualTo("must be 18 in the US");
        JsonNode guideValidate = api.awaitStatus(api.create("{\"type\":\"workbook\",\"operation\":\"validate\","
                + "\"source\":\"" + map.at("/output/workbookId").asText() + "\"}").get("id").asText(), "completed",
                Duration.ofSeconds(60));
        assertThat(guideValidate.get("errorCount").asLong()).as("the guide's workbook / validate").isEqualTo(6);

        JsonNode export = api.awaitStatus(api.create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + validate.at("/output/workbookId").asText() + "\",\"config\":{\"format\":\"json\","
                + "\"includeMetadata\":false,\"filterInvalidRecords\":true}}").get("id").asText(), "completed",
                Duration.ofSeconds(60));
        JsonNode exported = Json.tree(ExtractExportIT.download(api, export));
        assertThat(exported).hasSize(2);
        assertThat(exported.get(0).get("full_name").asText()).isEqualTo("Ada Lovelace");
        assertThat(exported.get(1).toString()).isEqualTo("{\"full_name\":\"Tina Teen\",\"email\":\"tina@example.com\","
                + "\"phone\":\"\",\"age\":\"16\",\"country\":\"CA\",\"signup\":\"2024-02-03\"}");
    }

    @Test
    void theSameImportRunsAsAPipelineWithTheMapStagesDestination() throws Exception {
        Api api = CLUSTER.api();
        String schemaId = api.post("/api/v1/workbooks", SCHEMA).body().get("id").asText();
        String fileId = upload(api, CSV);
        String id = api.create("{\"type\":\"pipeline\",\"operation\":\"import\",\"source\":\"" + fileId + "\","
                + "\"config\":{\"stages\":["
                + "{\"name\":\"extract\",\"type\":\"file\",\"operation\":\"extract\"},"
                + "{\"name\":\"map\",\"type\":\"workbook\",\"operation\":\"map\",\"destination\":\"" + schemaId
                + "\",\"dependsOn\":[\"extract\"]},"
                + "{\"name\":\"validate\",\"type\":\"workbook\",\"operation\":\"validate-records\",\"config\":" + VALIDATE
                + ",\"dependsOn\":[\"map\"]},"
                + "{\"name\":\"export\",\"type\":\"workbook\",\"operation\":\"export\",\"config\":{\"format\":\"csv\","
                + "\"filterInvalidRecords\":true},\"dependsOn\":[\"validate\"]}]}}").get("id").asText();
        JsonNode pipeline = api.awaitStatus(id, "completed", Duration.ofSeconds(120));
        JsonNode export = api.get("/api/v1/jobs/" + pipeline.at("/stages/export/jobId").asText()).body();
        String csv = new String(ExtractExportIT.download(api, export), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("full_name,email,phone,age,country,signup\r\n"
                + "Ada Lovelace,ada@example.com,(202) 555-0143,36,US,2024-03-05\r\n"
                + "Tina Teen,tina@example.com,,16,CA,2024-02-03\r\n");
    }

    @Test
    void aSchemaOrARuleThatIsWrongIsRefusedNamingTheField() {
        Api api = CLUSTER.api();
        Api.Response badType = api.post("/api/v1/workbooks",
                "{\"sheets\":[{\"key\":\"a\",\"fields\":[{\"key\":\"x\",\"type\":\"colour\"}]}]}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().at("/error/field").asText()).isEqualTo("sheets[0].fields[0].type");
        Api.Response badRule = api.post("/api/v1/workbooks", "{\"sheets\":[{\"key\":\"a\",\"fields\":[{\"key\":\"x\","
                + "\"type\":\"number\"}],\"rules\":[{\"expression\":\"x >\",\"message\":\"m\"}]}]}");
        assertThat(badRule.status()).isEqualTo(400);
        assertThat(badRule.body().at("/error/field").asText()).isEqualTo("sheets[0].rules[0]");

        String schemaId = api.post("/api/v1/workbooks", SCHEMA).body().get("id").asText();
        Api.Response noDestination = api.post("/api/v1/jobs", "{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\""
                + schemaId + "\"}");
        assertThat(noDestination.status()).isEqualTo(400);
        assertThat(noDestination.body().at("/error/field").asText()).isEqualTo("destination");
        Api.Response loopingRule = api.post("/api/v1/jobs", "{\"type\":\"workbook\",\"operation\":\"validate-records\","
                + "\"source\":\"" + schemaId + "\",\"config\":{\"rules\":[{\"expression\":"
                + "\"[1,2,3].all(i, i > 0)\",\"message\":\"loops\"}]}}");
        assertThat(loopingRule.status()).isEqualTo(400);
        assertThat(loopingRule.body().at("/error/field").asText()).isEqualTo("config.rules[0]");
        Api.Response readsOutside = api.post("/api/v1/jobs", "{\"type\":\"workbook\",\"operation\":\"validate-records\","
                + "\"source\":\"" + schemaId + "\",\"config\":{\"rules\":[{\"expression\":"
                + "\"read_file('/etc/passwd') == ''\",\"message\":\"reads\"}]}}");
        assertThat(readsOutside.status()).isEqualTo(400);
        assertThat(readsOutside.body().at("/error/message").asText()).contains("read_file");
    }

    static String upload(Api api, String csv) {
        return api.postBytes("/api/v1/files?name=contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .body().get("id").asText();
    }

    static String extract(Api api, String csv) {
        JsonNode extract = api.awaitStatus(api.create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                + upload(api, csv) + "\"}").get("id").asText(), "completed", Duration.ofSeconds(60));
        return extract.at("/output/workbookId").asText();
    }

    private static JsonNode records(Api api, String sheetId) {
        return api.get("/api/v1/sheets/" + sheetId + "/records").body().get("items");
    }

    private static List<String> mapped(JsonNode mappings) {
        List<String> out = new ArrayList<>();
        mappings.forEach(m -> out.add(m.get("source").asText() + "->" + m.get("destinationKey").asText()));
        return out;
    }
}
