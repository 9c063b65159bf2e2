package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.common.task.WorkerHeartbeat;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerShutdownIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HandlerRegistry handlers = new HandlerRegistry(List.of(new SleepingHandler(), new SyntheticHandler()));
    @Test
    void shutdownLetsBatchesInFlightFinishAndCommitsThemButNotTheOnesNotStarted() throws Exception {
        List<Task> tasks = IntStream.range(0, 4).mapToObj(batch -> Tasks.task("job-slow", batch,
                SleepingHandler.OPERATION, SleepingHandler.sleeping(1_500), 30_000)).toList();
        bed.send(NORMAL, tasks);
        var first = bed.start(bed.settings().withConcurrency(2), handlers);
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Started.class).size() == 2);

        first.shutdown().get(30, TimeUnit.SECONDS);

        assertThat(bed.committed().values()).as("the two batches that ran, and no more").containsExactly(2L);
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == 2);
        assertThat(bed.reports(TaskReport.Done.class)).extracting(TaskReport::batch).containsExactlyInAnyOrder(0, 1);

        bed.start(bed.settings(), handlers);
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == 4);
        assertThat(bed.reports(TaskReport.Done.class)).extracting(TaskReport::batch).containsExactlyInAnyOrder(0, 1, 2, 3);
        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.committed()).isEqualTo(bed.endOffsets(NORMAL)));
    }

    @Test
    void aWorkerAnnouncesItselfAndSaysWhenItStops() throws Exception {
        var settings = bed.settings().withWorkerId("w-announced").withConcurrency(3);
        var worker = bed.start(settings, handlers);
        await().atMost(WAIT).until(() -> !bed.heartbeats.values().isEmpty());
        assertThat(bed.heartbeats.values().get(0)).satisfies(beat -> {
            assertThat(beat.workerId()).isEqualTo("w-announced");
            assertThat(beat.pool()).isEqualTo("default");
            assertThat(beat.operations()).containsExactlyInAnyOrder("sleep", "synthetic");
            assertThat(beat.concurrency()).isEqualTo(3);
            assertThat(beat.stopping()).isFalse();
        });
        await().atMost(WAIT).until(() -> bed.heartbeats.values().size() >= 2);

        worker.shutdown().get(30, TimeUnit.SECONDS);

        await().atMost(WAIT).until(() -> bed.heartbeats.values().stream().anyMatch(WorkerHeartbeat::stopping));
        List<WorkerHeartbeat> beats = bed.heartbeats.values();
        assertThat(beats).filteredOn(WorkerHeartbeat::stopping).hasSize(1);
        assertThat(beats.get(beats.size() - 1).stopping()).as("the stopping heartbeat is the last").isTrue();
    }
}
