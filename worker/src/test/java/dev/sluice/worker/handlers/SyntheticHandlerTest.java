package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.HandlerRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyntheticHandlerTest {

    private final SyntheticHandler handler = new SyntheticHandler();
    private final BatchContext running = context(Integer.MAX_VALUE);

    @Test
    void aBatchProcessesExactlyItsShareOfTheRecords() throws Exception {
        BatchResult result = handler.run(batch(Map.of("records", 1_000), 500, 250), running);

        assertThat(result).isEqualTo(new BatchResult(250, 0));
    }

    @Test
    void aBatchWithoutACountRunsTheRestOfTheJobsRecords() throws Exception {
        BatchResult result = handler.run(batch(Map.of("records", 100), 40, -1), running);

        assertThat(result.records()).isEqualTo(60);
    }

    @Test
    void eachRecordTakesAtLeastItsWorkMicros() throws Exception {
        long start = System.nanoTime();
        handler.run(batch(Map.of("workMicros", 5_000), 0, 20), running);

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(20 * 5_000_000L);
    }

    @Test
    void itStopsWhenTheWorkerAsksItTo() {
        assertThatThrownBy(() -> handler.run(batch(Map.of(), 0, 1_000_000), context(10)))
                .isInstanceOf(InterruptedException.class)
                .hasMessage("stopped after 10 of 1000000 records");
    }

    @Test
    void itStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> handler.run(batch(Map.of(), 0, 1_000_000), running))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aNegativeWorkMicrosIsABadConfigThatRetriesCannotFix() {
        assertThatThrownBy(() -> handler.run(batch(Map.of("workMicros", -1), 0, 1), running))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("config.workMicros");
    }

    @Test
    void failRateFailsExactlyThatShareOfTheJobsRecordsAsRecordErrors() throws Exception {
        Map<String, Object> config = Map.of("failRate", 0.05);
        long errors = 0;
        for (int b = 0; b < 10; b++) {
            BatchResult result = handler.run(batch(config, b * 100L, 100), running);
            assertThat(result.failed()).hasSize((int) result.errors());
            errors += result.errors();
        }
        BatchResult first = handler.run(batch(config, 0, 100), running);

        assertThat(errors).isEqualTo(50);
        assertThat(first.failed().get(0).recordId()).isEqualTo("rec-19");
        assertThat(first.failed().get(0).message()).contains("failed on purpose");
        assertThat(first.failed().get(0).values()).containsEntry("index", 19L);
    }

    @Test
    void transientFailRateFailsTheFirstAttemptOfPickedBatchesRetryablyOnly() throws Exception {
        Map<String, Object> config = Map.of("transientFailRate", 0.5);
        assertThatThrownBy(() -> handler.run(batchNumber(config, 1, 0), running))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.retryable()).isTrue());

        assertThat(handler.run(batchNumber(config, 0, 0), running).records()).isEqualTo(10);
        assertThat(handler.run(batchNumber(config, 1, 1), running).records()).isEqualTo(10);
    }

    @Test
    void hangRateHangsTheFirstAttemptUntilTheThreadIsInterrupted() throws Exception {
        Map<String, Object> config = Map.of("hangRate", 1.0);
        var outcome = new java.util.concurrent.CompletableFuture<Throwable>();
        Thread runner = new Thread(() -> {
            try {
                handler.run(batchNumber(config, 0, 0), running);
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        runner.start();
        org.awaitility.Awaitility.await().until(() -> runner.getState() == Thread.State.WAITING);
        assertThat(outcome).isNotDone();
        runner.interrupt();

        assertThat(outcome.get(10, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(handler.run(batchNumber(config, 0, 1), running).records()).as("a retry does not hang").isEqualTo(10);
    }

    @Test
    void evenSpreadPicksExactlyFloorOfNTimesRate() {
        for (double rate : new double[] {0, 0.001, 0.05, 1.0 / 3, 0.5, 0.999, 1}) {
            long picked = java.util.stream.LongStream.range(0, 10_000).filter(i -> EvenSpread.picks(i, rate)).count();
            assertThat(picked).as("rate %s", rate).isEqualTo((long) Math.floor(10_000 * rate));
        }
    }

    @Test
    void thePlainLoopDoesTheSameDeterministicWork() {
        assertThat(SyntheticHandler.runPlain(100, 0)).isEqualTo(SyntheticHandler.runPlain(100, 0))
                .isNotEqualTo(SyntheticHandler.runPlain(101, 0));
    }

    @Test
    void theHandlerIsFoundByServiceLoader() {
        var registry = HandlerRegistry.discover(SyntheticHandler.class.getClassLoader());

        assertThat(registry.find("synthetic")).containsInstanceOf(SyntheticHandler.class);
    }

    private static Batch batchNumber(Map<String, Object> config, int index, int attempt) {
        return new Batch("job-1", "synthetic", null, config, index, attempt, index * 10L, 10, null);
    }

    private static Batch batch(Map<String, Object> config, long firstRecord, long recordCount) {
        return new Batch("job-1", "synthetic", null, config, 0, 0, firstRecord, recordCount, null);
    }

    /** A context that asks the handler to stop after {@code allowedChecks} checks. */
    private static BatchContext context(int allowedChecks) {
        AtomicInteger checks = new AtomicInteger();
        return new BatchContext() {
            @Override
            public String workerId() {
                return "w-1";
            }

            @Override
            public boolean stopRequested() {
                return checks.incrementAndGet() > allowedChecks;
            }

            @Override
            public DataAccess data() {
                throw new UnsupportedOperationException("synthetic batches move no data");
            }
        };
    }
}
