package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerGroupIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HandlerRegistry handlers = new HandlerRegistry(List.of(new SleepingHandler()));
    @Test
    void aWorkerJoiningMidwaySharesThePartitionsAndNoTaskIsLost() {
        List<Task> tasks = IntStream.range(0, 50).mapToObj(i -> Tasks.task("job-" + i % 10, i / 10,
                SleepingHandler.OPERATION, SleepingHandler.sleeping(200), 30_000)).toList();
        bed.send(NORMAL, tasks);
        bed.start(bed.settings().withWorkerId("w-first"), handlers);
        await().atMost(WAIT).until(() -> !bed.reports(TaskReport.Done.class).isEmpty());

        bed.start(bed.settings().withWorkerId("w-second"), handlers);

        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.reports(TaskReport.Done.class))
                .extracting(done -> done.jobId() + "/" + done.batch())
                .containsAll(tasks.stream().map(task -> task.jobId() + "/" + task.batch()).toList()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.committed()).isEqualTo(bed.endOffsets(NORMAL)));
        assertThat(bed.reports(TaskReport.Done.class)).extracting(TaskReport::workerId)
                .contains("w-first", "w-second");
    }
}
