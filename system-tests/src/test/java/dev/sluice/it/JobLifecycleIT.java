package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobLifecycleIT {

    @RegisterExtension
    static final SharedCluster shared = new SharedCluster(3, 2);

    @Test
    void aSyntheticJobCompletesWithTheExactRecordCount() {
        JsonNode created = shared.api().create("{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":123457,\"batchSize\":1000,\"parallelBatches\":4}}");
        assertThat(created.get("status").asText()).isIn("queued", "running");

        JsonNode done = shared.api().awaitStatus(created.get("id").asText(), "completed", Duration.ofSeconds(60));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(123457);
        assertThat(done.get("errorCount").asLong()).isZero();
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("duration").asLong()).isGreaterThanOrEqualTo(0);

        Api.Response result = shared.api().get("/api/v1/jobs/" + created.get("id").asText() + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().get("recordCount").asLong()).isEqualTo(123457);
    }

    @Test
    void aBadRequestOverHttpIsA400NamingTheField() {
        Api.Response response = shared.api().post("/api/v1/jobs",
                "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":5},\"options\":{\"priority\":\"urgent\"}}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/error/field").asText()).isEqualTo("options.priority");
        assertThat(response.body().at("/error/message").asText()).contains("urgent");
    }

    @Test
    void aJobNoPoolCanFitIsRefused() {
        Api.Response response = shared.api().post("/api/v1/jobs", "{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":5},\"options\":{\"resources\":{\"memory\":\"64GB\"}}}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/error/field").asText()).isEqualTo("options.resources");
    }

    @Test
    void theSameIdempotencyKeyOverHttpGivesTheSameJob() {
        String body = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10},\"idempotencyKey\":\"lifecycle-1\"}";
        JsonNode first = shared.api().create(body);
        Api.Response again = shared.api().post("/api/v1/jobs", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asText()).isEqualTo(first.get("id").asText());
    }

    @Test
    void anUnknownJobIsA404() {
        Api.Response response = shared.api().get("/api/v1/jobs/job_nope");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().at("/error/code").asText()).isEqualTo("not_found");
    }
}
