package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jobs that meet failures, injected with the synthetic operation's rates, on the embedded broker
 * with two workers: each test asserts the exact final counts.
 */
class FailureHandlingIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(2, 2);

    private static String synthetic(long records, int batchSize, String config, String options) {
        return "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":" + records
                + ",\"batchSize\":" + batchSize + config + "},\"options\":{" + options + "}}";
    }

    private static JsonNode finished(String id) {
        return CLUSTER.api().awaitJob(id, Duration.ofSeconds(90),
                job -> job.get("status").asText().matches("completed|failed|canceled"));
    }

    @Test
    void retriesRecoverTransientFailuresAndRerunOnlyTheFailedBatches() {
        String id = CLUSTER.api().create(synthetic(2000, 100, ",\"transientFailRate\":0.25",
                "\"retryAttempts\":2,\"retryDelay\":200")).get("id").asText();

        JsonNode job = finished(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(2000);
        assertThat(job.get("errorCount").asLong()).isZero();
        assertThat(job.get("batchRetries").asInt()).isEqualTo(5);
        assertThat(job.get("batches").get("done").asInt()).isEqualTo(20);
    }

    @Test
    void failedRecordsCompleteTheJobWithAnExactErrorCountAndAreListedPagedAndReported() {
        String id = CLUSTER.api().create(synthetic(2000, 250, ",\"failRate\":0.01", "")).get("id").asText();

        JsonNode job = finished(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(2000);
        assertThat(job.get("errorCount").asLong()).isEqualTo(20);

        JsonNode errors = CLUSTER.api().get("/api/v1/jobs/" + id + "/errors?limit=1000").body();
        assertThat(errors.get("items")).hasSize(20);
        assertThat(errors.get("items").get(0).get("stage").asText()).isEqualTo("synthetic");
        assertThat(errors.get("items").get(0).get("recordId").asText()).isEqualTo("rec-99");
        assertThat(errors.get("items").get(0).get("code").asText()).isEqualTo("synthetic_failure");
        assertThat(errors.get("nextCursor").isNull()).isTrue();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = CLUSTER.api().get("/api/v1/jobs/" + id + "/failed-records?limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor)).body();
            page.get("items").forEach(record -> paged.add(record.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).hasSize(20).doesNotHaveDuplicates().startsWith("rec-99", "rec-199").endsWith("rec-1999");

        JsonNode artifacts = CLUSTER.api().get("/api/v1/jobs/" + id + "/artifacts").body();
        assertThat(artifacts).extracting(a -> a.get("type").asText()).containsExactly("log", "report");
        String report = new String(CLUSTER.api().bytes(artifacts.get(1).get("downloadUrl").asText()), StandardCharsets.UTF_8);
        assertThat(report.split("\r\n")).hasSize(21);
        assertThat(report.getBytes(StandardCharsets.UTF_8)).hasSize(artifacts.get(1).get("size").asInt());
        assertThat(report).startsWith("recordId,row,batch,stage,field,code,message,values").contains("rec-1999,1999,7,");
        String log = new String(CLUSTER.api().bytes(artifacts.get(0).get("downloadUrl").asText()), StandardCharsets.UTF_8);
        assertThat(log).contains("created: custom/synthetic").contains("completed: 2000 records, 20 failed");
        assertThat(log.getBytes(StandardCharsets.UTF_8)).hasSize(artifacts.get(0).get("size").asInt());
    }

    @Test
    void aJobWhoseFailedRecordsPassMaxErrorsFailsSayingWhich() {
        String id = CLUSTER.api().create(synthetic(2000, 100, ",\"failRate\":0.05,\"maxErrors\":10,\"parallelBatches\":1", ""))
                .get("id").asText();

        JsonNode job = finished(id);
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo("too_many_errors");
        assertThat(job.get("error").asText()).contains("15 records failed, more than config.maxErrors (10)");
        assertThat(job.get("errorCount").asLong()).isEqualTo(15);
        JsonNode errors = CLUSTER.api().get("/api/v1/jobs/" + id + "/errors").body().get("items");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("too_many_errors");
        assertThat(errors).hasSize(16);
    }

    @Test
    void aHungHandlerIsTimedOutAndItsBatchDispatchedAgain() {
        String id = CLUSTER.api().create(synthetic(1000, 100, ",\"hangRate\":0.1,\"batchTimeout\":1500",
                "\"retryAttempts\":1,\"retryDelay\":100")).get("id").asText();

        JsonNode job = finished(id);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(1000);
        assertThat(job.get("batchRetries").asInt()).isEqualTo(1);
        String log = new String(CLUSTER.api().bytes("/api/v1/jobs/" + id + "/artifacts/job.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("hanging on purpose").contains("timed out after 1500 ms");
    }

    @Test
    void aFailedJobRetriedThroughTheApiRerunsWhatFailedAndKeepsWhatSucceeded() {
        // Every batch is sent at once, so each has run once when the job fails; the retry runs them as attempt 1.
        String id = CLUSTER.api().create(synthetic(1000, 100,
                ",\"transientFailRate\":0.2,\"failRate\":0.01,\"parallelBatches\":10", "")).get("id").asText();
        JsonNode failed = finished(id);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error").asText()).contains("transient failure on purpose").contains("/retry");

        Api.Response retried = CLUSTER.api().post("/api/v1/jobs/" + id + "/retry", "");
        assertThat(retried.status()).isIn(201, 202);
        String retryId = retried.body().get("id").asText();
        assertThat(retryId).isEqualTo(id + "-retry-1");
        assertThat(CLUSTER.api().post("/api/v1/jobs/" + id + "/retry", "").body().get("id").asText())
                .as("asking again gives the same retry").isEqualTo(retryId);

        JsonNode retry = finished(retryId);
        assertThat(retry.get("status").asText()).isEqualTo("completed");
        assertThat(retry.get("parentId").asText()).isEqualTo(id);
        assertThat(retry.get("retryAttempts").asInt()).isEqualTo(1);
        assertThat(retry.get("recordsProcessed").asLong()).isEqualTo(1000);
        assertThat(retry.get("errorCount").asLong()).isEqualTo(10);
        assertThat(retry.get("batches").get("done").asInt()).isEqualTo(10);
        JsonNode failedRecords = CLUSTER.api().get("/api/v1/jobs/" + retryId + "/failed-records?limit=100").body();
        assertThat(failedRecords.get("items")).extracting(r -> r.get("id").asText())
                .as("the failed records of the kept batches and of the rerun ones, once each")
                .containsExactly("rec-99", "rec-199", "rec-299", "rec-399", "rec-499", "rec-599", "rec-699", "rec-799",
                        "rec-899", "rec-999");
        assertThat(CLUSTER.api().post("/api/v1/jobs/" + retryId + "/retry", "").status())
                .as("a completed job is not retried").isEqualTo(409);
        assertThat(CLUSTER.api().get("/api/v1/jobs?parentId=" + id).body().get("items"))
                .extracting(j -> j.get("id").asText()).containsExactly(retryId);
    }
}
