package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The job guide's transform example on a real extract: each record's fields transformed, refused values reported. */
class TransformIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(3, 2);

    private static final String CSV = "name,email,phone\n"
            + "ada LOVELACE,Ada@Example.COM,(202) 555-0143\n"
            + "  grace hopper ,GRACE@navy.mil,202.555.0187\n"
            + "alan turing,alan@bletchley.uk,not a number\n";

    @Test
    void theGuidesTransformTitleCasesLowercasesAndFormatsPhonesIntoANewSheet() throws Exception {
        Api api = CLUSTER.api();
        String fileId = api.postBytes("/api/v1/files?name=people.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8))
                .body().get("id").asText();
        JsonNode extract = api.awaitStatus(api.create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                + fileId + "\"}").get("id").asText(), "completed", Duration.ofSeconds(60));
        String workbookId = extract.at("/output/workbookId").asText();

        String id = api.create("{\"type\":\"custom\",\"operation\":\"transform-customer-data\",\"source\":\"" + workbookId
                + "\",\"config\":{\"transformations\":[{\"field\":\"name\",\"operation\":\"trim\"},"
                + "{\"field\":\"name\",\"operation\":\"titleCase\"},{\"field\":\"email\",\"operation\":\"lowercase\"},"
                + "{\"field\":\"phone\",\"operation\":\"formatPhone\"}]}}").get("id").asText();
        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(60));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(3);
        assertThat(done.get("errorCount").asLong()).isEqualTo(1);

        JsonNode records = api.get("/api/v1/sheets/" + done.at("/output/sheetId").asText() + "/records").body()
                .get("items");
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("values").toString())
                .isEqualTo("{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"phone\":\"+12025550143\"}");
        assertThat(records.get(1).at("/values/name").asText()).isEqualTo("Grace Hopper");
        assertThat(records.get(1).at("/values/phone").asText()).isEqualTo("+12025550187");
        assertThat(records.get(2).at("/values/phone").asText()).as("refused: left as it was").isEqualTo("not a number");
        assertThat(records.get(2).get("valid").asBoolean()).isFalse();

        JsonNode failed = api.get("/api/v1/jobs/" + id + "/failed-records").body().get("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.at("/0/messages/0/field").asText()).isEqualTo("phone");
        assertThat(failed.at("/0/messages/0/code").asText()).isEqualTo("invalid_phone");

        Api.Response unknown = api.post("/api/v1/jobs", "{\"type\":\"custom\",\"operation\":\"transform\",\"source\":\""
                + workbookId + "\",\"config\":{\"transformations\":[{\"field\":\"nickname\",\"operation\":\"trim\"}]}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/field").asText()).isEqualTo("config.transformations[0].field");
        Api.Response badOperation = api.post("/api/v1/jobs", "{\"type\":\"custom\",\"operation\":\"transform\",\"source\":\""
                + workbookId + "\",\"config\":{\"transformations\":[{\"field\":\"name\",\"operation\":\"shout\"}]}}");
        assertThat(badOperation.body().at("/error/field").asText()).isEqualTo("config.transformations[0].operation");
    }
}
