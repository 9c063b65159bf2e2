package dev.sluice.coordinator.decide;

import dev.sluice.common.job.Backoff;
import dev.sluice.common.job.FailureCode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Resume;
import dev.sluice.common.job.RetryPolicy;
import dev.sluice.common.task.TaskReport;
import dev.sluice.coordinator.intake.Intake;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what happens to a job when something reaches the coordinator. Pure: no I/O, and the
 * time comes in as {@code now}. Every decision ends by moving the job on as far as it can go.
 */
public final class JobDecider {

    /** Times a batch may be taken back from lost workers beyond its retries, before the job fails. */
    public static final int LOST_WORKER_ALLOWANCE = 3;

    private final WorkerDirectory workers;
    private final Duration leaseGrace;
    private final Pipelines pipelines = new Pipelines();
    private final Gates gates;

    /**
     * @param leaseGrace how long past its batch timeout a started batch may stay unreported before
     *                   the coordinator takes it back (the worker's own timeout should have fired)
     */
    public JobDecider(WorkerDirectory workers, Duration leaseGrace, JobPlanner planner) {
        this.workers = workers;
        this.leaseGrace = leaseGrace;
        this.gates = new Gates(pipelines, new Queueing(planner, this));
    }

    /**
     * A create request; a job that exists already (a retried request) is left as it is. A job planned
     * at intake is queued; one that starts later is scheduled, made to wait, or started as a pipeline.
     */
    public Decision create(JobState existing, Intake.Create request, String parentId, Instant now) {
        if (existing != null) {
            return Decision.none(existing);
        }
        Decision.Builder b = new Decision.Builder(null)
                .add(new JobEvent.Created(request.jobId(), now, request.spec(), request.pool().name(), parentId));
        if (request.plan() == null) {
            gates.begin(b, now);
            return b.build();
        }
        b.add(new JobEvent.Queued(request.jobId(), now, request.plan()));
        return advance(b, now);
    }

    /** Starts a child job (a schedule's run, a pipeline's stage) that a notice asks for; planned now. */
    public Decision startChild(JobState existing, Notice.Start start, Instant now) {
        if (existing != null) {
            return Decision.none(existing);
        }
        Decision.Builder b = new Decision.Builder(null)
                .add(new JobEvent.Created(start.jobId(), now, start.spec(), start.pool(), start.parentId()));
        gates.begin(b, now);
        return b.build();
    }

    /** A job that {@code state} watches ended: a dependency, or a pipeline's stage. */
    public Decision ended(JobState state, Notice.Ended ended, Instant now) {
        if (state == null || state.status().terminal()) {
            return Decision.none(state);
        }
        Decision.Builder b = new Decision.Builder(state);
        if (state.spec().type() == JobType.PIPELINE && state.status() != JobStatus.WAITING) {
            pipelines.stageEnded(b, ended, now);
        } else {
            gates.dependencyEnded(b, ended, now);
        }
        return b.build();
    }

    /** Pauses a recurring schedule (it starts no runs), or resumes it from now on. */
    public Decision pause(JobState state, boolean paused, Instant now) {
        if (state == null || state.status().terminal() || state.recurrence() == null
                || state.recurrence().paused() == paused) {
            return Decision.none(state);
        }
        Instant next = paused ? state.recurrence().nextRunAt()
                : state.spec().start().schedule().next(now).orElse(null);
        return new Decision.Builder(state).add(new JobEvent.Paused(state.id(), now, paused, next)).build();
    }

    /** Starts the retry a notice asks for; a retry that exists already is left as it is. */
    public Decision startRetry(JobState existing, Notice.Retry retry, Instant now) {
        if (existing != null) {
            return Decision.none(existing);
        }
        Decision.Builder b = new Decision.Builder(null)
                .add(new JobEvent.Created(retry.jobId(), now, retry.spec(), retry.pool(), retry.parentId(),
                        retry.retryAttempts()))
                .add(new JobEvent.Queued(retry.jobId(), now, retry.plan(), retry.resume()));
        return advance(b, now);
    }

    /**
     * The notice that starts a retry of {@code state}, or empty when it is not a failed or canceled
     * job. The retry's id comes from the original's, so asking twice starts one retry.
     */
    public Optional<Notice.Retry> retry(JobState state) {
        if (state == null || state.batches() == null || state.spec().type() == JobType.PIPELINE
                || (state.status() != JobStatus.FAILED && state.status() != JobStatus.CANCELED)) {
            return Optional.empty();
        }
        return Optional.of(new Notice.Retry(RetryIds.next(state.id(), state.retryAttempts()), state.id(),
                state.retryAttempts() + 1, state.spec(), state.pool(), state.batches().plan(),
                new Resume(state.batches().unfinished(), state.recordsProcessed(), state.errorCount())));
    }

    public Decision cancel(JobState state, String reason, Instant now) {
        if (state == null || state.status().terminal()) {
            return Decision.none(state);
        }
        Decision.Builder b = new Decision.Builder(state);
        pipelines.canceled(b);
        return b.add(new JobEvent.Canceled(state.id(), now, reason)).build();
    }

    /** A worker's report on a batch; a report for a batch the job no longer awaits is a duplicate or stale. */
    public Decision report(JobState state, TaskReport report, Instant now) {
        if (state == null || state.status().terminal() || state.batches() == null
                || !state.batches().awaiting(report.batch(), report.attempt())) {
            return Decision.none(state);
        }
        Decision.Builder b = new Decision.Builder(state);
        if (state.status() == JobStatus.QUEUED) {
            b.add(new JobEvent.Started(state.id(), now, report.workerId()));
        }
        if (report instanceof TaskReport.Done done) {
            b.add(new JobEvent.BatchDone(state.id(), now, done.batch(), done.attempt(), done.records(), done.errors(),
                    done.output()));
            String over = state.spec().execution().errorBudget()
                    .exceeded(b.state().recordsProcessed(), b.state().errorCount());
            if (over != null) {
                b.add(new JobEvent.Failed(state.id(), now, "too many failed records: " + over + " (after batch "
                        + done.batch() + "); see GET /api/v1/jobs/" + state.id() + "/failed-records, fix the data "
                        + "or raise the limit", FailureCode.TOO_MANY_ERRORS));
            }
        } else if (report instanceof TaskReport.Failed failed) {
            batchFailed(b, failed.batch(), failed.attempt(), "batch " + failed.batch() + " of stage "
                    + state.spec().operation() + " failed on worker " + failed.workerId() + ": " + failed.error(),
                    failed.retryable(), codeOf(failed), now);
        }
        return advance(b, now);
    }

    /**
     * Time passed: enforce the job's timeout, take back batches whose lease expired, send retries
     * whose backoff has passed and what waited for a worker.
     *
     * @param leases the leases held on the job's batches; stale ones are ignored
     */
    public Decision tick(JobState state, Collection<Lease> leases, Instant now) {
        if (state == null || state.status().terminal()) {
            return Decision.none(state);
        }
        Decision.Builder b = new Decision.Builder(state);
        if (state.status() == JobStatus.SCHEDULED || state.status() == JobStatus.WAITING) {
            gates.tick(b, now);
            return b.build();
        }
        if (state.spec().type() == JobType.PIPELINE) {
            pipelines.tick(b, now);
            return b.build();
        }
        long timeout = state.spec().execution().timeoutMs();
        if (timeout > 0 && state.startedAt() != null && now.isAfter(state.startedAt().plusMillis(timeout))) {
            return b.add(new JobEvent.Failed(state.id(), now, "job timed out: it ran "
                    + Duration.between(state.startedAt(), now).toMillis() + " ms, longer than its timeout of "
                    + timeout + " ms, with " + state.batches().done() + " of " + state.batches().plan().totalBatches()
                    + " batches done; raise options.timeout or make batches faster", FailureCode.JOB_TIMEOUT)).build();
        }
        for (Lease lease : leases) {
            if (!b.state().status().terminal() && b.state().batches().awaiting(lease.batch(), lease.attempt())) {
                expire(b, lease, now);
            }
        }
        return advance(b, now);
    }

    private void expire(Decision.Builder b, Lease lease, Instant now) {
        Optional<Duration> silent = workers.silentFor(lease.workerId(), now);
        if (silent.isPresent()) {
            int allowed = b.state().spec().execution().retry().attempts() + LOST_WORKER_ALLOWANCE;
            boolean again = lease.attempt() < allowed;
            b.add(new JobEvent.BatchFailed(b.state().id(), now, lease.batch(), lease.attempt(),
                    "worker " + lease.workerId() + " went silent (no heartbeat for " + silent.get().toMillis()
                            + " ms) while running batch " + lease.batch(), again ? lease.attempt() + 1 : null, null));
            if (!again) {
                b.add(new JobEvent.Failed(b.state().id(), now, "batch " + lease.batch() + " was lost with its worker "
                        + (lease.attempt() + 1) + " times, last on " + lease.workerId() + "; workers may be crashing "
                        + "on it (out of memory?): check their logs", FailureCode.WORKER_LOST));
            }
            return;
        }
        long batchTimeout = b.state().spec().execution().batchTimeoutMs();
        Duration ran = Duration.between(lease.startedAt(), now);
        if (ran.compareTo(Duration.ofMillis(batchTimeout).plus(leaseGrace)) > 0) {
            batchFailed(b, lease.batch(), lease.attempt(), "batch " + lease.batch() + " timed out: it ran "
                    + ran.toMillis() + " ms on worker " + lease.workerId() + ", past config.batchTimeout of "
                    + batchTimeout + " ms, and the worker never reported", true, FailureCode.BATCH_TIMEOUT, now);
        }
    }

    private void batchFailed(Decision.Builder b, int batch, int attempt, String error, boolean retryable, String code,
                             Instant now) {
        JobState state = b.state();
        RetryPolicy policy = state.spec().execution().retry();
        boolean retry = retryable && attempt < policy.attempts();
        Instant at = retry ? now.plus(policy.backoff().delay(attempt + 1, Backoff.seed(state.id(), batch, attempt)))
                : null;
        b.add(new JobEvent.BatchFailed(state.id(), now, batch, attempt, error, retry ? attempt + 1 : null, at));
        if (!retry) {
            String why = !retryable ? "it cannot succeed on a retry, so it was not retried"
                    : "it failed " + (attempt + 1) + " time(s) and config.retryAttempts is " + policy.attempts()
                    + "; raise retryAttempts, or retry the job with POST /api/v1/jobs/" + state.id() + "/retry";
            b.add(new JobEvent.Failed(state.id(), now, error + " (" + why + ")", code));
        }
    }

    private static String codeOf(TaskReport.Failed failed) {
        if (failed.code() != null) {
            return failed.code();
        }
        return failed.timedOut() ? FailureCode.BATCH_TIMEOUT : FailureCode.BATCH_FAILED;
    }

    /** Moves a queued or running job on as far as it can go: completes it, or dispatches what it may. */
    Decision advance(Decision.Builder b, Instant now) {
        JobState state = b.state();
        if (state.status().terminal()) {
            return b.build();
        }
        if (state.batches().allDone()) {
            return b.add(new JobEvent.Completed(state.id(), now)).build();
        }
        String blocked = workers.unavailable(state.pool(), state.spec().operation(), now).orElse(null);
        if (!Objects.equals(blocked, state.blockedBy())) {
            b.add(new JobEvent.Blocked(state.id(), now, blocked));
        }
        if (blocked == null) {
            Map<Integer, Integer> next = b.state().batches().dispatchable(state.spec().execution().parallelBatches(), now);
            if (!next.isEmpty()) {
                b.add(new JobEvent.Dispatched(state.id(), now, next));
            }
        }
        return b.build();
    }
}
