package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two worker JVMs run a job with failing records; one of them is killed (SIGKILL) or stopped
 * (SIGTERM) mid job. The counts come out exact either way: nothing lost, nothing counted twice,
 * and a clean stop fails nothing.
 */
class WorkerLossIT {

    private static final String JOB = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":3000,"
            + "\"batchSize\":50,\"parallelBatches\":4,\"workMicros\":2000,\"failRate\":0.02}}";

    private Cluster cluster;
    private final List<Process> workers = new ArrayList<>();
    /** Unique per test, so its log file holds this run's lines only. */
    private final String victim = "victim-" + System.nanoTime();

    @AfterEach
    void stop() throws Exception {
        for (Process worker : workers) {
            worker.destroyForcibly().waitFor();
        }
        cluster.close();
    }

    private Api twoWorkerJvms() throws Exception {
        cluster = Cluster.start(4);
        workers.add(WorkerProcess.spawn(cluster, victim));
        workers.add(WorkerProcess.spawn(cluster, "survivor"));
        return cluster.api();
    }

    private void awaitVictimRunning() {
        Topic.readUntil(cluster.bootstrap, cluster.topics.taskResults(), Duration.ofSeconds(60),
                seen -> seen.stream().anyMatch(this::victimStartedABatch));
    }

    private static void assertExact(Api api, JsonNode done) {
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(3000);
        assertThat(done.get("errorCount").asLong()).isEqualTo(60);
        assertThat(done.get("batches").get("done").asInt()).isEqualTo(60);
        JsonNode failed = api.get("/api/v1/jobs/" + done.get("id").asText() + "/failed-records?limit=1000").body();
        assertThat(failed.get("items")).hasSize(60);
        List<String> ids = new ArrayList<>();
        failed.get("items").forEach(record -> ids.add(record.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().startsWith("rec-49").endsWith("rec-2999");
    }

    @Test
    void sigkillOfOneOfTwoWorkerJvmsMidJobLosesAndDuplicatesNothing() throws Exception {
        Api api = twoWorkerJvms();
        String id = api.create(JOB).get("id").asText();
        awaitVictimRunning();
        workers.get(0).destroyForcibly();
        assertThat(workers.get(0).waitFor()).isNotZero();

        assertExact(api, api.awaitStatus(id, "completed", Duration.ofSeconds(120)));
    }

    @Test
    void sigtermOfAWorkerMidJobFinishesItsBatchesAndFailsNothing() throws Exception {
        Api api = twoWorkerJvms();
        String id = api.create(JOB).get("id").asText();
        awaitVictimRunning();
        workers.get(0).destroy(); // SIGTERM, as Kubernetes sends on a rolling restart
        assertThat(workers.get(0).waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(workers.get(0).exitValue()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(Files.readString(Path.of("target/worker-" + victim + ".log"))).contains("worker stopped cleanly");

        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(120));
        assertExact(api, done);
        assertThat(done.get("batchRetries").asInt()).as("no batch failed").isZero();
    }

    private boolean victimStartedABatch(ConsumerRecord<String, byte[]> record) {
        JsonNode report = Json.tree(record.value());
        return victim.equals(report.path("workerId").asText()) && "started".equals(report.path("kind").asText());
    }
}
