package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole import of issue 6 as one pipeline, each stage with the job guide's config: upload a CSV,
 * validate the file (size, type, a real clamd scan), extract, map into a schema, validate the
 * records, transform, export the valid ones. 30,000 rows in several batches; which rows are wrong
 * is fixed by their number, so the counts and every exported value are known.
 */
class FullImportIT {

    private static final int ROWS = 30_000;
    private static final String SCHEMA = """
            {"name": "Customers", "sheets": [{"key": "customers", "fields": [
              {"key": "full_name", "label": "Full Name", "type": "string", "required": true},
              {"key": "email", "type": "email", "required": true, "unique": true},
              {"key": "phone", "type": "phone"},
              {"key": "age", "type": "number"},
              {"key": "country", "type": "enum", "options": ["US", "CA", "GB"]}],
             "rules": [{"expression": "age >= 18 || country != \\"US\\"", "message": "must be 18 in the US",
                        "field": "age"}]}]}
            """;

    private static ScanningCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = ScanningCluster.start(Map.of("sluice.ndb", "Sluice.Test.Marker:0:*:"
                + java.util.HexFormat.of().formatHex("SLUICE-NEVER-IN-DATA".getBytes(StandardCharsets.US_ASCII)) + "\n"),
                3, List.of("import-worker-0", "import-worker-1"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Row i's email; rows 100k+2 repeat row 100k's, and rows 1000k+999 past 15,000 repeat row i-15,000's. */
    private static String email(int i) {
        if (i % 100 == 1) {
            return "User" + i + "-at-Example.com";
        }
        if (i % 100 == 2) {
            return email(i - 2);
        }
        if (i % 1000 == 999 && i >= 15_000) {
            return email(i - 15_000);
        }
        return "User" + i + "@Example.COM";
    }

    private static boolean valid(int i) {
        int r = i % 100;
        return r != 1 && r != 2 && r != 3 && !(i % 1000 == 999 && i >= 15_000);
    }

    private static byte[] csv() {
        StringBuilder text = new StringBuilder("Full Name,Email Address,Phone,Age,Country\n");
        for (int i = 0; i < ROWS; i++) {
            String country = i % 100 == 3 ? "US" : i % 3 == 0 ? "US" : i % 3 == 1 ? "CA" : "GB";
            int age = i % 100 == 3 ? 16 : 18 + i % 60;
            text.append("  ada LOVELACE ").append(i).append(',').append(email(i)).append(",(202) 555-01")
                    .append(String.format("%02d", i % 100)).append(',').append(age).append(',').append(country).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void uploadValidateExtractMapValidateTransformExportGivesExactlyTheValidRowsTransformed() throws Exception {
        Api api = cluster.api();
        String schemaId = api.post("/api/v1/workbooks", SCHEMA).body().get("id").asText();
        String fileId = api.postBytes("/api/v1/files?name=customers.csv", "text/csv", csv()).body().get("id").asText();

        String id = api.create("{\"type\":\"pipeline\",\"operation\":\"import\",\"source\":\"" + fileId + "\","
                + "\"config\":{\"stages\":["
                + "{\"name\":\"check\",\"type\":\"file\",\"operation\":\"validate\",\"config\":{\"maxFileSize\":\"50MB\","
                + "\"allowedTypes\":[\"csv\",\"xlsx\",\"json\"],\"scanForViruses\":true}},"
                + "{\"name\":\"extract\",\"type\":\"file\",\"operation\":\"extract\",\"config\":{\"batchSize\":5000},"
                + "\"dependsOn\":[\"check\"]},"
                + "{\"name\":\"map\",\"type\":\"workbook\",\"operation\":\"map\",\"destination\":\"" + schemaId + "\","
                + "\"config\":{\"autoMap\":true,\"confidence\":0.8,\"strategy\":\"fuzzy\"},\"dependsOn\":[\"extract\"]},"
                + "{\"name\":\"validate\",\"type\":\"workbook\",\"operation\":\"validate-records\",\"config\":"
                + "{\"validateRequiredFields\":true,\"validateDataTypes\":true,\"validateBusinessRules\":true},"
                + "\"dependsOn\":[\"map\"]},"
                + "{\"name\":\"transform\",\"type\":\"custom\",\"operation\":\"transform-customer-data\",\"config\":"
                + "{\"transformations\":[{\"field\":\"full_name\",\"operation\":\"trim\"},"
                + "{\"field\":\"full_name\",\"operation\":\"titleCase\"},{\"field\":\"email\",\"operation\":\"lowercase\"},"
                + "{\"field\":\"phone\",\"operation\":\"formatPhone\"}]},\"dependsOn\":[\"validate\"]},"
                + "{\"name\":\"export\",\"type\":\"workbook\",\"operation\":\"export\",\"config\":{\"format\":\"json\","
                + "\"includeMetadata\":false,\"filterInvalidRecords\":true},\"dependsOn\":[\"transform\"]}]}}")
                .get("id").asText();
        JsonNode pipeline = api.awaitStatus(id, "completed", Duration.ofSeconds(180));

        JsonNode check = stage(api, pipeline, "check");
        assertThat(check.at("/output/detectedType").asText()).isEqualTo("csv");
        assertThat(check.at("/output/scanned").asBoolean()).isTrue();
        JsonNode extract = stage(api, pipeline, "extract");
        assertThat(extract.get("recordsProcessed").asLong()).isEqualTo(ROWS);
        assertThat(extract.at("/batches/total").asInt()).as("several batches, so uniqueness spans them").isGreaterThan(2);
        JsonNode map = stage(api, pipeline, "map");
        assertThat(map.at("/output/mapping/unmappedSources")).isEmpty();
        JsonNode validate = stage(api, pipeline, "validate");
        assertThat(validate.get("recordsProcessed").asLong()).isEqualTo(ROWS);
        assertThat(validate.get("errorCount").asLong()).isEqualTo(300 + 300 + 300 + 15);
        JsonNode transform = stage(api, pipeline, "transform");
        assertThat(transform.get("errorCount").asLong()).isZero();

        JsonNode exported = Json.tree(ExtractExportIT.download(api, stage(api, pipeline, "export")));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (valid(i)) {
                String country = i % 3 == 0 ? "US" : i % 3 == 1 ? "CA" : "GB";
                expected.add("{\"full_name\":\"Ada Lovelace " + i + "\",\"email\":\"user" + i + "@example.com\","
                        + "\"phone\":\"+120255501" + String.format("%02d", i % 100) + "\",\"age\":\"" + (18 + i % 60)
                        + "\",\"country\":\"" + country + "\"}");
            }
        }
        List<String> actual = new ArrayList<>();
        exported.forEach(record -> actual.add(record.toString()));
        assertThat(actual).hasSize(ROWS - 915).containsExactlyElementsOf(expected);
    }

    private static JsonNode stage(Api api, JsonNode pipeline, String name) {
        return api.get("/api/v1/jobs/" + pipeline.at("/stages/" + name + "/jobId").asText()).body();
    }
}
