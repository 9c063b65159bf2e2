package dev.sluice.coordinator.decide;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.task.TaskReport;
import dev.sluice.coordinator.intake.Intake;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Decides what happens to a job when something reaches the coordinator. Pure: no I/O, and the
 * time comes in as {@code now}. Every decision ends by moving the job on as far as it can go.
 */
public final class JobDecider {

    private final WorkerDirectory workers;

    public JobDecider(WorkerDirectory workers) {
        this.workers = workers;
    }

    /** A create request; a job that exists already (a retried request) is left as it is. */
    public Decision create(JobState existing, Intake.Create request, String parentId, Instant now) {
        if (existing != null) {
            return new Decision(existing, List.of());
        }
        Decision.Builder b = new Decision.Builder(null)
                .add(new JobEvent.Created(request.jobId(), now, request.spec(), request.pool().name(), parentId))
                .add(new JobEvent.Queued(request.jobId(), now, request.plan()));
        return advance(b, now);
    }

    public Decision cancel(JobState state, String reason, Instant now) {
        if (state == null || state.status().terminal()) {
            return new Decision(state, List.of());
        }
        return new Decision.Builder(state).add(new JobEvent.Canceled(state.id(), now, reason)).build();
    }

    /** A worker's report on a batch; a report for a batch the job no longer awaits is a duplicate or stale. */
    public Decision report(JobState state, TaskReport report, Instant now) {
        if (state == null || state.status().terminal() || state.batches() == null
                || !state.batches().awaiting(report.batch(), report.attempt())) {
            return new Decision(state, List.of());
        }
        Decision.Builder b = new Decision.Builder(state);
        if (state.status() == JobStatus.QUEUED) {
            b.add(new JobEvent.Started(state.id(), now, report.workerId()));
        }
        if (report instanceof TaskReport.Done done) {
            b.add(new JobEvent.BatchDone(state.id(), now, done.batch(), done.attempt(), done.records(), done.errors(),
                    done.output()));
        } else if (report instanceof TaskReport.Failed failed) {
            batchFailed(b, failed, now);
        }
        return advance(b, now);
    }

    /** Time passed: enforce the job's timeout, and dispatch what waited for a worker. */
    public Decision tick(JobState state, Instant now) {
        if (state == null || state.status().terminal()) {
            return new Decision(state, List.of());
        }
        Decision.Builder b = new Decision.Builder(state);
        long timeout = state.spec().execution().timeoutMs();
        if (timeout > 0 && state.startedAt() != null && now.isAfter(state.startedAt().plusMillis(timeout))) {
            return b.add(new JobEvent.Failed(state.id(), now, "job timed out: it ran longer than its timeout of "
                    + timeout + " ms; raise options.timeout or make batches faster")).build();
        }
        return advance(b, now);
    }

    private void batchFailed(Decision.Builder b, TaskReport.Failed failed, Instant now) {
        JobState state = b.state();
        int allowed = state.spec().execution().retryAttempts();
        boolean retry = failed.retryable() && failed.attempt() < allowed;
        b.add(new JobEvent.BatchFailed(state.id(), now, failed.batch(), failed.attempt(), failed.error(),
                retry ? failed.attempt() + 1 : null));
        if (!retry) {
            String why = !failed.retryable() ? "it cannot succeed on a retry"
                    : "it failed " + (failed.attempt() + 1) + " time(s) and config.retryAttempts is " + allowed;
            b.add(new JobEvent.Failed(state.id(), now, "batch " + failed.batch() + " failed on worker "
                    + failed.workerId() + ": " + failed.error() + " (" + why + ")"));
        }
    }

    private Decision advance(Decision.Builder b, Instant now) {
        JobState state = b.state();
        if (state.status().terminal()) {
            return b.build();
        }
        if (state.batches().allDone()) {
            return b.add(new JobEvent.Completed(state.id(), now)).build();
        }
        String blocked = workers.unavailable(state.pool(), state.spec().operation(), now).orElse(null);
        if (!java.util.Objects.equals(blocked, state.blockedBy())) {
            b.add(new JobEvent.Blocked(state.id(), now, blocked));
        }
        if (blocked == null) {
            Map<Integer, Integer> next = b.state().batches().dispatchable(state.spec().execution().parallelBatches());
            if (!next.isEmpty()) {
                b.add(new JobEvent.Dispatched(state.id(), now, next));
            }
        }
        return b.build();
    }
}
