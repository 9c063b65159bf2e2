package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.spi.HandlerRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How batches reach workers: concurrency per job, priority with aging, and cancel. */
class DispatchIT {

    private Cluster cluster;

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void noMoreThanParallelBatchesOfAJobRunAtOnceAcrossWorkers() throws Exception {
        cluster = Cluster.start(3);
        ProbeHandler probe = new ProbeHandler();
        var first = cluster.startWorker(s -> s.withConcurrency(4), new HandlerRegistry(List.of(probe)));
        var second = cluster.startWorker(s -> s.withConcurrency(4), new HandlerRegistry(List.of(probe)));
        // Both in the group before the job: a rebalance mid job hands a running task to the other
        // worker too (at-least-once delivery), which would count here as one more batch at once.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> first.ready() && second.ready());
        Api api = cluster.api();

        JsonNode job = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":"
                + "{\"records\":400,\"batchSize\":10,\"parallelBatches\":3,\"workMicros\":1000}}");
        JsonNode done = api.awaitStatus(job.get("id").asText(), "completed", Duration.ofSeconds(90));

        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(400);
        assertThat(probe.mostAtOnce(job.get("id").asText())).isBetween(2, 3);
    }

    @Test
    void aHighPriorityJobSubmittedBehindALowBacklogStartsFirstAndTheLowOnesStillFinish() throws Exception {
        cluster = Cluster.start(1);
        Api api = cluster.api();
        List<String> low = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            low.add(api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"options\":{\"priority\":\"low\"},"
                    + "\"config\":{\"records\":20,\"batchSize\":1,\"parallelBatches\":20,\"workMicros\":2000}}").get("id").asText());
        }
        String high = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"options\":{\"priority\":\"high\"},"
                + "\"config\":{\"records\":1,\"workMicros\":0}}").get("id").asText();
        for (String id : low) {
            assertThat(api.job(id).get("blockedBy").asText()).contains("no live worker");
        }

        ProbeHandler probe = new ProbeHandler();
        cluster.startWorker(s -> s.withConcurrency(1), new HandlerRegistry(List.of(probe)));

        api.awaitStatus(high, "completed", Duration.ofSeconds(60));
        for (String id : low) {
            JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(120));
            assertThat(done.get("recordsProcessed").asLong()).isEqualTo(20);
        }
        int highAt = probe.starts.indexOf(high);
        assertThat(highAt).as("position of the high job among %d batch starts", probe.starts.size())
                .isLessThan(probe.starts.size() / 4);
    }

    @Test
    void aCanceledJobGetsNoMoreBatchesAndEndsCanceled() throws Exception {
        cluster = Cluster.start(1);
        ProbeHandler probe = new ProbeHandler();
        cluster.startWorker(s -> s.withConcurrency(1), new HandlerRegistry(List.of(probe)));
        Api api = cluster.api();
        String id = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":1000,\"batchSize\":1,\"parallelBatches\":1,\"workMicros\":20000}}").get("id").asText();
        api.awaitJob(id, Duration.ofSeconds(30), job -> job.get("recordsProcessed").asLong() >= 3);

        Api.Response canceled = api.post("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(canceled.status()).isEqualTo(202);
        assertThat(canceled.body().get("status").asText()).isEqualTo("canceled");
        int startedAtCancel = (int) probe.starts.stream().filter(id::equals).count();

        String after = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":5}}").get("id").asText();
        api.awaitStatus(after, "completed", Duration.ofSeconds(30));
        assertThat(probe.starts.stream().filter(id::equals).count()).isLessThanOrEqualTo(startedAtCancel + 1);
        JsonNode job = api.job(id);
        assertThat(job.get("status").asText()).isEqualTo("canceled");
        assertThat(job.get("recordsProcessed").asLong()).isLessThan(1000);
        assertThat(api.post("/api/v1/jobs/" + id + "/cancel", "").status()).isEqualTo(409);
        assertThat(Set.of(api.get("/api/v1/jobs/" + id + "/result").status())).containsExactly(200);
    }

    @Test
    void cancelStopsABatchThatIsRunningOnAWorker() throws Exception {
        cluster = Cluster.start(2);
        ProbeHandler probe = new ProbeHandler();
        cluster.startWorker(s -> s, new HandlerRegistry(List.of(probe)));
        Api api = cluster.api();
        // One batch that would run for about 100 s.
        String id = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":100000,"
                + "\"batchSize\":100000,\"workMicros\":1000}}").get("id").asText();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> probe.running.getOrDefault(id,
                new java.util.concurrent.atomic.AtomicInteger()).get() == 1);

        assertThat(api.post("/api/v1/jobs/" + id + "/cancel", "").status()).isEqualTo(202);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> probe.running.get(id).get() == 0);
        var reports = Topic.readUntil(cluster.bootstrap, cluster.topics.taskResults(), Duration.ofSeconds(20),
                seen -> seen.stream().anyMatch(r -> new String(r.value()).contains("the job ended (job:canceled)")));
        assertThat(reports).anySatisfy(r -> assertThat(new String(r.value())).contains("\"jobId\":\"" + id + "\"")
                .contains("stopped: the job ended (job:canceled)"));
    }
}
