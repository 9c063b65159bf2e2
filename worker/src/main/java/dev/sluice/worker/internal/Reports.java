package dev.sluice.worker.internal;

import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Writes the reports of one worker about its tasks, stamped with the injected clock. */
final class Reports {

    private final String workerId;
    private final String pool;
    private final Clock clock;

    Reports(String workerId, String pool, Clock clock) {
        this.workerId = workerId;
        this.pool = pool;
        this.clock = clock;
    }

    String workerId() {
        return workerId;
    }

    Instant now() {
        return clock.instant();
    }

    TaskReport.Started started(Task task) {
        return new TaskReport.Started(task.jobId(), task.batch(), task.attempt(), workerId, clock.instant());
    }

    Outcome done(Task task, BatchResult result, Duration took) {
        var report = new TaskReport.Done(task.jobId(), task.batch(), task.attempt(), workerId, clock.instant(),
                result.records(), result.errors(), took.toMillis(), result.output());
        return new Outcome(report, Outcome.Kind.DONE, took);
    }

    /** A {@link BatchFailure} keeps its retryable flag and code; anything else is retryable. */
    Outcome failed(Task task, Throwable error, Duration took) {
        if (error instanceof BatchFailure failure) {
            return failed(task, failure.getMessage(), failure.retryable(), failure.code(), Outcome.Kind.FAILED, took);
        }
        String message = error.getMessage() == null ? error.getClass().getName()
                : error.getClass().getName() + ": " + error.getMessage();
        return failed(task, message, true, Outcome.Kind.FAILED, took);
    }

    Outcome timedOut(Task task) {
        String message = "batch " + task.batch() + " of job " + task.jobId() + " timed out after "
                + task.timeoutMs() + " ms";
        return failed(task, message, true, Outcome.Kind.TIMEOUT, Duration.ofMillis(task.timeoutMs()));
    }

    /** The batch's job ended (canceled, failed) while it ran or waited; it stopped, and nothing will retry it. */
    Outcome jobEnded(Task task, String why) {
        String message = "batch " + task.batch() + " of job " + task.jobId() + " stopped: the job ended (" + why + ")";
        return failed(task, message, false, Outcome.Kind.FAILED, Duration.ZERO);
    }

    Outcome noHandler(Task task) {
        String message = "worker " + workerId + " (pool " + pool + ") has no handler for operation '"
                + task.operation() + "'";
        return failed(task, message, false, Outcome.Kind.FAILED, Duration.ZERO);
    }

    private Outcome failed(Task task, String message, boolean retryable, Outcome.Kind kind, Duration took) {
        return failed(task, message, retryable, null, kind, took);
    }

    private Outcome failed(Task task, String message, boolean retryable, String code, Outcome.Kind kind,
                           Duration took) {
        var report = new TaskReport.Failed(task.jobId(), task.batch(), task.attempt(), workerId, clock.instant(),
                message, retryable, kind == Outcome.Kind.TIMEOUT, code);
        return new Outcome(report, kind, took);
    }
}
