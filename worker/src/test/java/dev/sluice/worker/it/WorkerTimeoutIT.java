package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.WorkerMetrics;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerTimeoutIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SleepingHandler sleeping = new SleepingHandler();
    @Test
    void aBatchThatOutrunsItsTimeoutIsInterruptedAndFailsRetryably() throws Exception {
        bed.send(NORMAL, List.of(Tasks.task("job-slow", 3, SleepingHandler.OPERATION,
                SleepingHandler.sleeping(10_000), 200)));
        bed.start(bed.settings().withConcurrency(1),
                new HandlerRegistry(List.of(sleeping, new SyntheticHandler())));

        await().atMost(WAIT).until(() -> !bed.reports(TaskReport.Failed.class).isEmpty());
        assertThat(bed.reports(TaskReport.Failed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.error()).isEqualTo("batch 3 of job job-slow timed out after 200 ms");
            assertThat(failed.retryable()).isTrue();
        });
        await().atMost(WAIT).until(() -> sleeping.interrupted.get() == 1);

        bed.send(NORMAL, Tasks.syntheticJob("job-next", 10, 10, 0));
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.committed()).isEqualTo(bed.endOffsets(NORMAL)));
        assertThat(bed.registry().get(WorkerMetrics.BATCHES).tag(WorkerMetrics.OUTCOME, WorkerMetrics.OUTCOME_TIMEOUT)
                .tag(WorkerMetrics.OPERATION, SleepingHandler.OPERATION).counter().count()).isEqualTo(1);
    }
}
