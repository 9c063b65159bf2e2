package dev.sluice.coordinator.streams;

import static dev.sluice.coordinator.streams.TopologyHarness.lastJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Priority;
import dev.sluice.common.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries with backoff, timeouts, leases and error limits, on the topology with wall-clock time advanced by hand. */
class FailureHandlingTopologyTest extends TopologyTestBase {




    private static String synthetic(long records, int batchSize, String config, String options) {
        return "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":" + records + ",\"batchSize\":"
                + batchSize + config + "},\"options\":{" + options + "}}";
    }

    /** Advances time in ticks of 250 ms until {@code total} has passed. */
    private void pass(Duration total) {
        pass(total, Duration.ofMillis(250));
    }

    @Test
    void aFailedBatchIsSentAgainOnlyAfterItsBackoff() {
        h.request("job-1", synthetic(1, 1, "", "\"retryAttempts\":2,\"retryDelay\":4000"));
        Task first = h.tasks(Priority.NORMAL).get(0);
        Instant failedAt = h.now();
        h.failed(first, "connection reset", true);

        JsonNode job = lastJob(h.events());
        Instant retryAt = Instant.parse(job.get("batches").get("nextRetryAt").asText());
        assertThat(retryAt).isBetween(failedAt.plusMillis(3200), failedAt.plusMillis(4000));

        pass(Duration.between(failedAt, retryAt).minusMillis(250));
        assertThat(h.tasks(Priority.NORMAL)).as("before the backoff has passed").isEmpty();
        pass(Duration.ofMillis(500));
        List<Task> retried = h.tasks(Priority.NORMAL);
        assertThat(retried).extracting(Task::attempt).containsExactly(1);

        Instant secondFailure = h.now();
        h.failed(retried.get(0), "connection reset", true);
        Instant secondRetryAt = Instant.parse(lastJob(h.events()).get("batches").get("nextRetryAt").asText());
        assertThat(secondRetryAt).as("the delay doubles").isBetween(secondFailure.plusMillis(6400),
                secondFailure.plusMillis(8000));
    }

    @Test
    void aTimedOutBatchIsRetriedAndTheLastTimeoutFailsTheJobSayingSo() {
        h.request("job-1", synthetic(1, 1, ",\"batchTimeout\":3000", "\"retryAttempts\":1,\"retryDelay\":1000"));
        h.timedOut(h.tasks(Priority.NORMAL).get(0));
        pass(Duration.ofMillis(750));
        assertThat(h.tasks(Priority.NORMAL)).as("within the 1 s backoff, less 20 % jitter").isEmpty();
        pass(Duration.ofMillis(500));
        Task retry = h.tasks(Priority.NORMAL).get(0);
        assertThat(retry.attempt()).isEqualTo(1);
        h.timedOut(retry);

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo("batch_timeout");
        assertThat(job.get("error").asText()).contains("timed out after 3000 ms").contains("config.retryAttempts is 1");
        assertThat(job.get("batchRetries").asInt()).isEqualTo(1);
    }

    @Test
    void aNonRetryableFailureFailsTheJobAtOnceWithoutUsingRetries() {
        h.request("job-1", synthetic(1, 1, "", "\"retryAttempts\":3"));
        h.failed(h.tasks(Priority.NORMAL).get(0), "config.mapping names no field 'x'", false);

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("batchRetries").asInt()).isZero();
        assertThat(job.get("error").asText()).contains("cannot succeed on a retry");
    }

    @Test
    void aJobRunningPastItsTimeoutFailsSayingAfterHowLong() {
        h.request("job-1", synthetic(1, 1, "", "\"timeout\":5000"));
        h.started(h.tasks(Priority.NORMAL).get(0), "w1");
        pass(Duration.ofMillis(5250));

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo("job_timeout");
        assertThat(job.get("error").asText()).contains("timeout of 5000 ms").contains("0 of 1 batches done");
    }

    @Test
    void aSilentWorkerLosesItsBatchWhichIsSentAgainAndItsLateResultIsFenced() {
        h.request("job-1", synthetic(20, 10, "", ""));
        List<Task> tasks = h.tasks(Priority.NORMAL);
        h.heartbeat("w2");
        h.started(tasks.get(0), "w2");
        h.started(tasks.get(1), "w1");
        pass(Duration.ofSeconds(11)); // w2 says nothing more; w1 keeps beating

        List<Task> again = h.tasks(Priority.NORMAL);
        assertThat(again).extracting(Task::batch, Task::attempt).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        List<JsonNode> events = h.events();
        assertThat(events).anySatisfy(e -> assertThat(e.get("job").get("batchRetries").asInt()).isEqualTo(1));

        h.done(tasks.get(0), "w2", 10, 0); // w2 comes back late with attempt 0: fenced
        h.done(tasks.get(1), "w1", 10, 0);
        h.done(again.get(0), "w1", 10, 0);

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(20);
    }

    @Test
    void aBatchThatOutlivesItsTimeoutUnreportedIsTakenBackFromALiveWorker() {
        h.request("job-1", synthetic(1, 1, ",\"batchTimeout\":2000", "\"retryAttempts\":1,\"retryDelay\":0"));
        h.started(h.tasks(Priority.NORMAL).get(0), "w1");
        pass(Duration.ofSeconds(11)); // 2 s timeout + 10 s grace not yet over
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
        pass(Duration.ofMillis(1500));

        assertThat(h.tasks(Priority.NORMAL)).extracting(Task::attempt).containsExactly(1);
        assertThat(h.events()).anySatisfy(e -> assertThat(e.path("data").toString()).contains("never reported"));
    }

    @Test
    void aJobFailsOnceItsFailedRecordsPassMaxErrorsAndSaysWhich() {
        h.request("job-1", synthetic(30, 10, ",\"maxErrors\":5,\"parallelBatches\":1", ""));
        h.done(h.tasks(Priority.NORMAL).get(0), 10, 3);
        h.done(h.tasks(Priority.NORMAL).get(0), 10, 3);

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo("too_many_errors");
        assertThat(job.get("error").asText()).contains("6 records failed, more than config.maxErrors (5)")
                .contains("/failed-records");
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
    }

    @Test
    void aJobUnderItsErrorRateCompletesWithItsErrorCount() {
        h.request("job-1", synthetic(20, 10, ",\"maxErrorRate\":0.2", ""));
        List<Task> tasks = h.tasks(Priority.NORMAL);
        h.done(tasks.get(0), 10, 2);
        h.done(tasks.get(1), 10, 1);

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("errorCount").asLong()).isEqualTo(3);
    }

    @Test
    void aRetryOfAFailedJobRunsWhatFailedAsANewLinkedJobAndKeepsWhatSucceeded() {
        h.request("job-1", synthetic(30, 10, "", ""));
        List<Task> tasks = h.tasks(Priority.NORMAL);
        h.done(tasks.get(0), 10, 1);
        h.done(tasks.get(2), 10, 0);
        h.failed(tasks.get(1), "bad gateway", false);
        assertThat(lastJob(h.events()).get("status").asText()).isEqualTo("failed");

        h.request("job-1", "{\"action\":\"retry\"}");
        h.request("job-1", "{\"action\":\"retry\"}"); // asking twice starts one retry

        List<Task> rerun = h.tasks(Priority.NORMAL);
        assertThat(rerun).extracting(Task::jobId, Task::batch, Task::attempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("job-1-retry-1", 1, 1));
        List<JsonNode> events = h.events();
        JsonNode retry = lastJob(events);
        assertThat(retry.get("id").asText()).isEqualTo("job-1-retry-1");
        assertThat(retry.get("parentId").asText()).isEqualTo("job-1");
        assertThat(retry.get("retryAttempts").asInt()).isEqualTo(1);
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("job:created"))).hasSize(1);

        h.done(rerun.get(0), 10, 0);
        JsonNode done = lastJob(h.events());
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(30);
        assertThat(done.get("errorCount").asLong()).isEqualTo(1);
    }
}
