package dev.sluice.worker.internal;

import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.WorkerMetrics;
import java.time.Duration;

/**
 * How a batch ended.
 *
 * @param report what goes to the results topic: {@code Done} or {@code Failed}
 * @param kind   how the batch is counted in metrics
 * @param took   how long it ran
 */
record Outcome(TaskReport report, Kind kind, Duration took) {

    enum Kind {
        DONE(WorkerMetrics.OUTCOME_DONE), FAILED(WorkerMetrics.OUTCOME_FAILED), TIMEOUT(WorkerMetrics.OUTCOME_TIMEOUT);

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        String tag() {
            return tag;
        }
    }
}
