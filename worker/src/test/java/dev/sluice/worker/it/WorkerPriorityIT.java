package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.HIGH;
import static dev.sluice.common.job.Priority.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerPriorityIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int LOWS = 50;
    private static final int HIGHS = 5;

    @Test
    void highTasksQueuedAfterABacklogOfLowOnesStartFirstAndTheLowOnesStillFinish() {
        bed.send(LOW, Tasks.syntheticJob("job-low", LOWS, 1, 10_000));
        bed.send(HIGH, Tasks.syntheticJob("job-high", HIGHS, 1, 10_000));

        bed.start(bed.settings().withConcurrency(1), new HandlerRegistry(List.of(new SyntheticHandler())));

        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == LOWS + HIGHS);
        List<String> startOrder = bed.reports(TaskReport.Started.class).stream().map(TaskReport::jobId).toList();
        int lastHigh = startOrder.lastIndexOf("job-high");
        long lowsBeforeLastHigh = startOrder.subList(0, lastHigh).stream().filter("job-low"::equals).count();
        assertThat(lowsBeforeLastHigh).as("low tasks started before the last high one, in %s", startOrder)
                .isLessThanOrEqualTo(LOWS / 5);
        assertThat(bed.reports(TaskReport.Done.class)).filteredOn(done -> done.jobId().equals("job-low"))
                .hasSize(LOWS);
    }

    @Test
    void aLowTaskThatWaitedLongerThanTheAgingGoesAheadOfABacklogOfHighOnes() {
        int highs = 40;
        bed.send(HIGH, Tasks.syntheticJob("job-high", highs, 1, 50_000));
        bed.start(bed.settings().withConcurrency(1).withAging(Duration.ofMillis(300)),
                new HandlerRegistry(List.of(new SyntheticHandler())));
        await().atMost(WAIT).until(() -> !bed.reports(TaskReport.Started.class).isEmpty());

        bed.send(LOW, Tasks.syntheticJob("job-low", 1, 1, 0)); // behind 2 s of high work

        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == highs + 1);
        List<String> startOrder = bed.reports(TaskReport.Started.class).stream().map(TaskReport::jobId).toList();
        assertThat(startOrder.indexOf("job-low")).as("start of the low task in %s", startOrder)
                .isBetween(1, highs / 2);
    }
}
