package dev.sluice.coordinator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Priority;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorTopologyTest {

    private static final String SYNTHETIC = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":%d,\"batchSize\":%d,\"parallelBatches\":%d}%s}";

    @TempDir
    Path stateDir;
    private TopologyHarness h;

    @BeforeEach
    void start() {
        h = new TopologyHarness(stateDir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static String synthetic(long records, int batchSize, int parallel, String extra) {
        return String.format(SYNTHETIC, records, batchSize, parallel, extra);
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    @Test
    void aJobIsCutIntoBatchesAndCompletesWhenEveryBatchIsDone() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(2500, 1000, 4, ""));

        assertThat(types(h.events())).containsExactly("job:created", "job:queued", "job:dispatched");
        List<Task> tasks = h.tasks(Priority.NORMAL);
        assertThat(tasks).extracting(Task::batch).containsExactly(0, 1, 2);
        assertThat(tasks).extracting(Task::recordCount).containsExactly(1000L, 1000L, 500L);

        h.done(tasks.get(0), 1000, 0);
        h.done(tasks.get(1), 1000, 2);
        h.done(tasks.get(2), 500, 0);

        List<JsonNode> events = h.events();
        assertThat(types(events)).containsExactly("job:started", "job:updated", "job:updated", "job:updated", "job:completed");
        JsonNode job = events.get(events.size() - 1).get("job");
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(2500);
        assertThat(job.get("errorCount").asLong()).isEqualTo(2);
        assertThat(job.get("progress").asInt()).isEqualTo(100);
    }

    @Test
    void noMoreThanParallelBatchesAreInFlightAtOnce() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(10, 1, 3, ""));
        List<Task> first = h.tasks(Priority.NORMAL);
        assertThat(first).hasSize(3);

        h.done(first.get(0), 1, 0);
        assertThat(h.tasks(Priority.NORMAL)).extracting(Task::batch).containsExactly(3);
    }

    @Test
    void aReportSeenTwiceCountsOnce() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(2, 1, 1, ""));
        Task task = h.tasks(Priority.NORMAL).get(0);
        h.done(task, 1, 0);
        h.done(task, 1, 0);
        Task second = h.tasks(Priority.NORMAL).get(0);
        h.done(second, 1, 0);

        JsonNode last = h.events().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.get("type").asText()).isEqualTo("job:completed");
        assertThat(last.get("job").get("recordsProcessed").asLong()).isEqualTo(2);
    }

    @Test
    void aJobWaitsWithAReasonUntilAWorkerOfItsPoolAppears() {
        h.request("job-1", synthetic(5, 5, 1, ""));
        List<JsonNode> events = h.events();
        JsonNode job = events.get(events.size() - 1).get("job");
        assertThat(job.get("status").asText()).isEqualTo("queued");
        assertThat(job.get("blockedBy").asText()).contains("no live worker in pool 'default'");
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();

        h.workerUp("w1", "default", "synthetic");
        h.advance(Duration.ofSeconds(1));
        assertThat(h.tasks(Priority.NORMAL)).hasSize(1);
    }

    @Test
    void highPriorityJobsGoToTheHighTopic() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(5, 5, 1, ",\"options\":{\"priority\":\"high\"}"));
        assertThat(h.tasks(Priority.HIGH)).hasSize(1);
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
    }

    @Test
    void aMalformedRequestIsDeadLetteredAndRejectedAndLaterRequestsStillWork() {
        h.workerUp("w1", "default", "synthetic");
        h.request("bad-1", "{not json");
        h.request("bad-2", "{\"type\":\"spaceship\",\"operation\":\"x\"}");
        h.request("job-1", synthetic(1, 1, 1, ""));

        assertThat(h.deadLetters()).extracting(r -> new String(r.headers().lastHeader("sluice.reason").value()))
                .hasSize(2).anySatisfy(reason -> assertThat(reason).contains("unknown type 'spaceship'"));
        List<JsonNode> events = h.events();
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("job:rejected")))
                .extracting(e -> e.get("data").get("field").asText()).contains("type");
        assertThat(types(events)).contains("job:created");
    }

    @Test
    void aRetryableFailureIsRetriedUpToRetryAttemptsThenFailsTheJob() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(1, 1, 1, ",\"options\":{\"retryAttempts\":1}"));
        Task first = h.tasks(Priority.NORMAL).get(0);
        h.failed(first, "disk on fire", true);
        assertThat(h.tasks(Priority.NORMAL)).as("waits for its backoff").isEmpty();
        h.advance(Duration.ofMillis(1250));
        Task retry = h.tasks(Priority.NORMAL).get(0);
        assertThat(retry.attempt()).isEqualTo(1);
        h.failed(retry, "disk on fire", true);

        JsonNode last = h.events().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.get("type").asText()).isEqualTo("job:failed");
        assertThat(last.get("job").get("error").asText()).contains("disk on fire").contains("retryAttempts is 1");
    }

    @Test
    void aCanceledJobDispatchesNothingMoreAndIgnoresLateResults() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(10, 1, 2, ""));
        List<Task> tasks = h.tasks(Priority.NORMAL);
        h.request("job-1", "{\"action\":\"cancel\"}");
        h.done(tasks.get(0), 1, 0);

        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
        JsonNode last = h.events().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.get("type").asText()).isEqualTo("job:canceled");
        assertThat(last.get("job").get("recordsProcessed").asLong()).isZero();
    }

    @Test
    void aCanceledOrFailedJobIsAnnouncedOnTheJobEndsTopicForWorkersAndACompletedOneIsNot() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(10, 1, 2, ""));
        h.request("job-2", synthetic(1, 1, 1, ""));
        h.request("job-3", synthetic(1, 1, 1, ""));
        List<Task> tasks = h.tasks(Priority.NORMAL);
        h.request("job-1", "{\"action\":\"cancel\"}");
        h.failed(tasks.stream().filter(t -> t.jobId().equals("job-2")).findFirst().orElseThrow(), "bad", false);
        h.done(tasks.stream().filter(t -> t.jobId().equals("job-3")).findFirst().orElseThrow(), 1, 0);

        var ends = h.driver.createOutputTopic(h.topics.jobEnds(), new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer()).readKeyValuesToMap();
        assertThat(ends).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("job-1", "job:canceled", "job-2", "job:failed"));
    }

    @Test
    void aJobRunningPastItsTimeoutFails() {
        h.workerUp("w1", "default", "synthetic");
        h.request("job-1", synthetic(1, 1, 1, ",\"options\":{\"timeout\":5000}"));
        Task task = h.tasks(Priority.NORMAL).get(0);
        h.report(new TaskReport.Started(task.jobId(), 0, 0, "w1", h.now()));
        h.advance(Duration.ofSeconds(4));
        h.events();
        h.workerUp("w1", "default", "synthetic");
        h.advance(Duration.ofSeconds(2));

        JsonNode last = h.events().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.get("type").asText()).isEqualTo("job:failed");
        assertThat(last.get("job").get("error").asText()).contains("timeout of 5000 ms");
    }

    @Test
    void aJobGoesToTheTopicsOfTheSmallestPoolThatFitsItsResources() {
        h.close();
        h = new TopologyHarness(dev.sluice.coordinator.CoordinatorSettings.defaults("unused:9092", stateDir).withPartitions(1)
                .withPools(new dev.sluice.coordinator.pool.PoolCatalog(java.util.List.of(
                        new dev.sluice.coordinator.pool.Pool("default", new dev.sluice.common.job.Resources(1000, 1L << 30)),
                        new dev.sluice.coordinator.pool.Pool("large", new dev.sluice.common.job.Resources(8000, 64L << 30))))));
        h.workerUp("w1", "default", "synthetic");
        h.request("job-big", synthetic(5, 5, 1, ",\"options\":{\"resources\":{\"memory\":\"16GB\",\"cpu\":\"2000m\"}}"));

        List<JsonNode> events = h.events();
        assertThat(events.get(events.size() - 1).get("job").get("blockedBy").asText()).contains("pool 'large'");
        h.workerUp("w2", "large", "synthetic");
        h.advance(Duration.ofSeconds(1));
        assertThat(h.tasks("large", Priority.NORMAL)).hasSize(1);
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyWithoutAMessageKeyGivesOneJob() {
        h.workerUp("w1", "default", "synthetic");
        String body = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":1},\"idempotencyKey\":\"order-7\"}";
        h.request(null, body);
        h.request(null, body);
        assertThat(types(h.events()).stream().filter("job:created"::equals)).hasSize(1);
    }
}
