package dev.sluice.worker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.error.ErrorChunk;
import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.testing.InMemoryDataAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Reports reports = new Reports("w-1", "default", CLOCK);
    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final Reporter reporter = new Reporter(producer, Topics.defaults());

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aHandlersResultBecomesADoneReport() {
        Outcome outcome = run(task(30_000), (batch, context) -> new BatchResult(5, 1));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DONE);
        assertThat(outcome.report()).isEqualTo(
                new TaskReport.Done("job-1", 3, 0, "w-1", CLOCK.instant(), 5, 1, 0, null));
    }

    @Test
    void theHandlerSeesTheWorkersDataAccess() {
        AtomicBoolean sameData = new AtomicBoolean();
        run(task(30_000), (batch, context) -> {
            sameData.set(context.data() == data);
            return new BatchResult(0, 0);
        });

        assertThat(sameData).isTrue();
    }

    @Test
    void aBatchFailureKeepsItsRetryableFlag() {
        Outcome outcome = run(task(30_000), (batch, context) -> {
            throw new BatchFailure("config.mapping is missing", false);
        });

        assertThat(outcome.report()).isEqualTo(
                new TaskReport.Failed("job-1", 3, 0, "w-1", CLOCK.instant(), "config.mapping is missing", false));
    }

    @Test
    void anyOtherExceptionIsRetryableAndNamesItsClass() {
        Outcome outcome = run(task(30_000), (batch, context) -> {
            throw new IllegalStateException("boom");
        });

        var failed = (TaskReport.Failed) outcome.report();
        assertThat(failed.error()).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void anExpiredBatchIsInterruptedAndReportedAsTimedOut() {
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean stopSeen = new AtomicBoolean();
        Outcome outcome = run(task(200), (batch, context) -> {
            try {
                Thread.sleep(10_000); // the handler's own slow work, cut short by the timeout
            } catch (InterruptedException e) {
                interrupted.set(true);
                stopSeen.set(context.stopRequested());
                throw e;
            }
            return new BatchResult(1, 0);
        });

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.TIMEOUT);
        var failed = (TaskReport.Failed) outcome.report();
        assertThat(failed.error()).isEqualTo("batch 3 of job job-1 timed out after 200 ms");
        assertThat(failed.retryable()).isTrue();
        assertThat(interrupted).isTrue();
        assertThat(stopSeen).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt cleared for the next batch").isFalse();
    }

    @Test
    void aBatchThatEndsInTimeIsNotInterruptedLater() {
        Outcome outcome = run(task(50), (batch, context) -> new BatchResult(2, 0));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DONE);
        assertThat(timer.shutdownNow()).as("the expiry was canceled")
                .allSatisfy(expiry -> assertThat((Future<?>) expiry).isCancelled());
    }

    @Test
    void failedRecordsAreStoredInChunksBeforeTheBatchIsReportedDone() {
        List<RecordError> failed = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            failed.add(new RecordError("r" + i, i, "email", "invalid_value", "not an email", Map.of("email", "x" + i)));
        }
        Outcome outcome = run(task(5_000), (batch, context) -> BatchResult.withFailures(2_000, failed));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.DONE);
        assertThat(((TaskReport.Done) outcome.report()).errors()).isEqualTo(1_200);
        List<ErrorChunk> chunks = producer.history().stream()
                .filter(r -> r.topic().equals(Topics.defaults().jobErrors()))
                .map(r -> Json.read(r.value(), ErrorChunk.class)).toList();
        assertThat(chunks).extracting(ErrorChunk::chunk).containsExactly(0, 1, 2);
        assertThat(chunks).allSatisfy(c -> assertThat(c.chunks()).isEqualTo(3));
        assertThat(chunks.stream().mapToInt(c -> c.errors().size()).sum()).isEqualTo(1_200);
        assertThat(chunks.get(2).errors().get(199).recordId()).isEqualTo("r1199");
        assertThat(producer.history().get(0).key()).isEqualTo("job-1/00000003/0000/000000");
    }

    @Test
    void aBatchWhoseFailedRecordsCannotBeStoredFailsRetryably() {
        producer.close();
        Outcome outcome = run(task(5_000), (batch, context) -> BatchResult.withFailures(1,
                List.of(new RecordError("r0", 0, null, "invalid_value", "bad", Map.of()))));

        var failed = (TaskReport.Failed) outcome.report();
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.error()).contains("could not store the batch's 1 failed records");
    }

    @Test
    void handlerLogLinesGoToTheJobsLog() {
        run(task(5_000), (batch, context) -> {
            context.log("warn", "header row had 2 empty names");
            return new BatchResult(1, 0);
        });

        var line = Json.read(producer.history().get(0).value(), JobLogLine[].class)[0];
        assertThat(producer.history().get(0).topic()).isEqualTo(Topics.defaults().jobLogs());
        assertThat(line.render()).endsWith("WARN [w-1] batch 3 header row had 2 empty names");
    }

    @Test
    void aBatchOfAJobThatEndsIsStoppedAndInterruptedAndLaterOnesAreKnownEnded() throws Exception {
        EndedJobs ended = new EndedJobs();
        TestHandler waitsUntilInterrupted = (batch, context) -> {
            new java.util.concurrent.CountDownLatch(1).await();
            return new BatchResult(1, 0);
        };
        var run = new BatchRun(task(60_000), waitsUntilInterrupted, reports, "w-1", data, reporter);
        Thread thread = new Thread(() -> run.run(timer, CLOCK));
        thread.start();
        ended.started("job-1", run);

        ended.end("job-1", "job:canceled");

        var failed = (TaskReport.Failed) run.outcome().get(10, java.util.concurrent.TimeUnit.SECONDS).report();
        assertThat(failed.error()).isEqualTo("batch 3 of job job-1 stopped: the job ended (job:canceled)");
        assertThat(failed.retryable()).isFalse();
        thread.join(10_000);
        assertThat(thread.isAlive()).as("the handler was interrupted").isFalse();
        assertThat(ended.ended("job-1")).isEqualTo("job:canceled");
        assertThat(ended.ended("job-2")).isNull();
    }

    @Test
    void theMissingHandlerMessageNamesWorkerPoolAndOperation() {
        var failed = (TaskReport.Failed) reports.noHandler(task(1_000)).report();

        assertThat(failed.error()).isEqualTo("worker w-1 (pool default) has no handler for operation 'enrich'");
        assertThat(failed.retryable()).isFalse();
    }

    private Outcome run(Task task, TestHandler handler) {
        var run = new BatchRun(task, handler, reports, "w-1", data, reporter);
        run.run(timer, CLOCK);
        return run.outcome().join();
    }

    private static Task task(long timeoutMs) {
        return new Task("job-1", "enrich", "file-1", Map.of(), 3, 0, 300, 100, timeoutMs, CLOCK.instant(), null);
    }

    @FunctionalInterface
    private interface TestHandler extends BatchHandler {
        @Override
        default String operation() {
            return "enrich";
        }
    }
}
