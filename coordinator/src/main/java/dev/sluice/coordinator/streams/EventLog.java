package dev.sluice.coordinator.streams;

import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;

/** The line of a job's log that tells of one of its events, in words. */
final class EventLog {

    static final String SOURCE = "coordinator";

    private EventLog() {
    }

    static JobLogLine line(JobEvent event, JobState after) {
        String level = "info";
        Integer batch = null;
        String message;
        if (event instanceof JobEvent.Created created) {
            message = "created: " + after.spec().type().wireName() + "/" + after.spec().operation() + " on pool "
                    + created.pool() + (created.parentId() == null ? "" : ", retrying " + created.parentId());
        } else if (event instanceof JobEvent.Queued queued) {
            message = "queued: " + queued.plan().totalBatches() + " batches"
                    + (queued.resume() == null ? "" : ", " + queued.resume().pending().size() + " of them to run again");
        } else if (event instanceof JobEvent.Blocked blocked) {
            message = blocked.reason() == null ? "no longer blocked" : "blocked: " + blocked.reason();
            level = blocked.reason() == null ? "info" : "warn";
        } else if (event instanceof JobEvent.Dispatched dispatched) {
            message = "dispatched batches " + dispatched.batches();
        } else if (event instanceof JobEvent.Started started) {
            message = "started on worker " + started.workerId();
        } else if (event instanceof JobEvent.BatchDone done) {
            batch = done.batch();
            message = "done (attempt " + done.attempt() + "): " + done.records() + " records, " + done.errors()
                    + " failed";
        } else if (event instanceof JobEvent.BatchFailed failed) {
            batch = failed.batch();
            level = "warn";
            message = "failed (attempt " + failed.attempt() + "): " + failed.error()
                    + (failed.retryAttempt() == null ? "; not retried"
                    : "; retry as attempt " + failed.retryAttempt()
                    + (failed.retryAt() == null ? " now" : " at " + failed.retryAt()));
        } else if (event instanceof JobEvent.Completed) {
            message = "completed: " + after.recordsProcessed() + " records, " + after.errorCount() + " failed";
        } else if (event instanceof JobEvent.Failed failed) {
            level = "error";
            message = "failed [" + failed.code() + "]: " + failed.error();
        } else if (event instanceof JobEvent.Canceled canceled) {
            message = "canceled: " + canceled.reason();
        } else {
            message = event.wireType();
        }
        return new JobLogLine(event.jobId(), event.at(), SOURCE, level, batch, message);
    }
}
