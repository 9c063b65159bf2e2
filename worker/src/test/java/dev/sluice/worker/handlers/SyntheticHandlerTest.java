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
    void thePlainLoopDoesTheSameDeterministicWork() {
        assertThat(SyntheticHandler.runPlain(100, 0)).isEqualTo(SyntheticHandler.runPlain(100, 0))
                .isNotEqualTo(SyntheticHandler.runPlain(101, 0));
    }

    @Test
    void theHandlerIsFoundByServiceLoader() {
        var registry = HandlerRegistry.discover(SyntheticHandler.class.getClassLoader());

        assertThat(registry.find("synthetic")).containsInstanceOf(SyntheticHandler.class);
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
