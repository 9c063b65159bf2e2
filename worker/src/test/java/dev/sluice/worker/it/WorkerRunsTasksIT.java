package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.WorkerMetrics;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkerRunsTasksIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HandlerRegistry handlers = new HandlerRegistry(List.of(new SyntheticHandler()));
    @Test
    void everyBatchOfASyntheticJobIsReportedDoneWithItsExactRecordCountAndCommitted() throws Exception {
        List<Task> tasks = Stream.concat(Tasks.syntheticJob("job-a", 1_050, 100, 0).stream(),
                Tasks.syntheticJob("job-b", 300, 100, 20).stream()).toList();
        bed.send(NORMAL, tasks);

        var settings = bed.settings();
        var worker = bed.start(settings, handlers);

        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == tasks.size());
        assertThat(recordsByBatch(bed.reports(TaskReport.Done.class)))
                .isEqualTo(tasks.stream().collect(Collectors.toMap(WorkerRunsTasksIT::key, Task::recordCount)));
        assertThat(bed.reports(TaskReport.Started.class)).extracting(report -> report.jobId() + "/" + report.batch())
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(WorkerRunsTasksIT::key).toList());
        assertThat(bed.reports(TaskReport.Done.class)).allSatisfy(done -> {
            assertThat(done.errors()).isZero();
            assertThat(done.workerId()).isEqualTo(settings.workerId());
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.committed()).isEqualTo(bed.endOffsets(NORMAL)));
        assertThat(bed.registry().get(WorkerMetrics.RECORDS).tag(WorkerMetrics.OPERATION, "synthetic").counter().count())
                .isEqualTo(1_350);
        assertThat(worker.terminated()).isNotDone();
    }

    @Test
    void aTaskWithoutAHandlerFailsForGoodAndTheWorkerKeepsGoing() throws Exception {
        bed.send(NORMAL, List.of(Tasks.task("job-x", 0, "enrich", Map.of(), 1_000)));
        var settings = bed.settings().withWorkerId("w-7");
        bed.start(settings, handlers);

        await().atMost(WAIT).until(() -> !bed.reports(TaskReport.Failed.class).isEmpty());
        assertThat(bed.reports(TaskReport.Failed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.error()).isEqualTo("worker w-7 (pool default) has no handler for operation 'enrich'");
            assertThat(failed.retryable()).isFalse();
        });

        bed.send(NORMAL, Tasks.syntheticJob("job-y", 10, 10, 0));
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == 1);
        assertThat(bed.reports(TaskReport.Done.class).get(0).jobId()).isEqualTo("job-y");
    }

    @Test
    void aRecordThatIsNotATaskIsSkippedAndCommitted() throws Exception {
        bed.sendRaw(NORMAL, "job-z", "{not json".getBytes(StandardCharsets.UTF_8));
        bed.send(NORMAL, Tasks.syntheticJob("job-z", 5, 5, 0));
        bed.start(bed.settings(), handlers);

        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Done.class).size() == 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(bed.committed()).isEqualTo(bed.endOffsets(NORMAL)));
        assertThat(bed.endOffsets(NORMAL).values()).containsExactly(2L);
        assertThat(bed.reports(TaskReport.Failed.class)).isEmpty();
    }

    private static Map<String, Long> recordsByBatch(List<TaskReport.Done> done) {
        return done.stream().collect(Collectors.toMap(report -> report.jobId() + "/" + report.batch(),
                TaskReport.Done::records));
    }

    private static String key(Task task) {
        return task.jobId() + "/" + task.batch();
    }
}
