package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parts of the system die mid-job; the job still completes with every record counted once. */
class FailoverIT {

    private Cluster cluster;
    private Process victim;

    @AfterEach
    void stop() throws Exception {
        if (victim != null) {
            victim.destroyForcibly().waitFor();
        }
        cluster.close();
    }

    @Test
    void aWorkerKilledWithSigkillMidJobLosesNothingAndCountsNothingTwice() throws Exception {
        cluster = Cluster.start(4);
        victim = WorkerProcess.spawn(cluster, "victim");
        Api api = cluster.api();
        String id = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":3000,\"batchSize\":50,\"parallelBatches\":4,\"workMicros\":2000}}").get("id").asText();

        Topic.readUntil(cluster.bootstrap, cluster.topics.taskResults(), Duration.ofSeconds(60),
                seen -> seen.stream().anyMatch(FailoverIT::victimStartedABatch));
        cluster.startWorker();
        victim.destroyForcibly();
        assertThat(victim.waitFor()).isNotZero();

        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(120));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(3000);
        assertThat(done.get("batches").get("done").asInt()).isEqualTo(60);
    }

    @Test
    void aCoordinatorRestartedMidJobRestoresTheJobFromKafkaAndCompletesIt() throws Exception {
        cluster = Cluster.start(2);
        cluster.startWorker();
        cluster.startWorker();
        Api api = cluster.api();
        String id = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":2000,\"batchSize\":20,\"parallelBatches\":2,\"workMicros\":3000}}").get("id").asText();
        api.awaitJob(id, Duration.ofSeconds(60), job -> job.get("recordsProcessed").asLong() > 0);

        cluster.stopCoordinator();
        cluster.restartCoordinatorFromKafkaOnly();
        Api after = cluster.api();

        JsonNode restored = after.job(id);
        assertThat(restored.get("recordsProcessed").asLong()).isPositive();
        JsonNode done = after.awaitStatus(id, "completed", Duration.ofSeconds(120));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(2000);
    }

    @Test
    void aWorkerKilledMidExtractStillYieldsEveryRowOfTheFileExactlyOnce() throws Exception {
        cluster = Cluster.start(4);
        victim = WorkerProcess.spawn(cluster, "victim");
        Api api = cluster.api();
        SampleCsv csv = new SampleCsv(150_000);
        Api.Response upload = api.postBytes("/api/v1/files?name=big.csv", "text/csv", csv.bytes);
        String id = api.create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                + upload.body().get("id").asText() + "\",\"config\":{\"batchSize\":5000,\"parallelBatches\":4}}")
                .get("id").asText();

        Topic.readUntil(cluster.bootstrap, cluster.topics.taskResults(), Duration.ofSeconds(60),
                seen -> seen.stream().anyMatch(FailoverIT::victimStartedABatch));
        cluster.startWorker();
        victim.destroyForcibly();

        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(120));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(150_000);
        String exportId = api.create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + done.at("/output/workbookId").asText() + "\",\"config\":{\"format\":\"json\"}}").get("id").asText();
        JsonNode export = api.awaitStatus(exportId, "completed", Duration.ofSeconds(120));
        JsonNode exported = Json.tree(ExtractExportIT.download(api, export));
        assertThat(exported.size()).isEqualTo(150_000);
        for (int i = 0; i < exported.size(); i++) {
            assertThat(exported.get(i).get("id").asText()).isEqualTo(csv.rows.get(i).get(0));
        }
    }

    private static boolean victimStartedABatch(ConsumerRecord<String, byte[]> record) {
        JsonNode report = Json.tree(record.value());
        return "victim".equals(report.path("workerId").asText()) && "started".equals(report.path("kind").asText());
    }
}
