package dev.sluice.common.job;

import java.time.Instant;
import java.util.Map;

/**
 * The one place that knows how an event changes a job. Pure: the same events in the same order
 * give the same state, live or on replay.
 */
public final class JobReducer {

    private JobReducer() {
    }

    /**
     * Returns the job after {@code event}. {@code state} is null before {@link JobEvent.Created}.
     *
     * @throws IllegalTransitionException when the event asks for a move the transition table forbids
     * @throws IllegalArgumentException   when the event does not fit the state (a bug in the decider)
     */
    public static JobState apply(JobState state, JobEvent event) {
        if (event instanceof JobEvent.Created created) {
            return create(state, created);
        }
        if (state == null) {
            throw new IllegalArgumentException("event " + event.wireType() + " for unknown job " + event.jobId());
        }
        if (!state.id().equals(event.jobId())) {
            throw new IllegalArgumentException("event of job " + event.jobId() + " applied to job " + state.id());
        }
        if (state.status().terminal() && !changesStatus(event)) {
            throw new IllegalArgumentException("job " + state.id() + " is " + state.status().wireName()
                    + "; no event changes it any more");
        }
        if (state.batches() == null && needsBatches(event)) {
            throw new IllegalArgumentException("job " + state.id() + " has no batches before it is queued");
        }
        if (event instanceof JobEvent.Queued queued) {
            return queued(state, queued);
        }
        if (event instanceof JobEvent.Scheduled scheduled) {
            return scheduled(state, scheduled);
        }
        if (event instanceof JobEvent.Waiting waiting) {
            // Waiting for nothing but its input: it may start from now on, as soon as its input is there.
            Instant from = waiting.dependencies().isEmpty() ? waiting.at() : null;
            JobState waits = state.status() == JobStatus.WAITING ? state : state.withStatus(JobStatus.WAITING);
            return waits.withCoordination(new Gate(from, waiting.dependencies()), state.recurrence(), state.stages(),
                    state.progress());
        }
        if (event instanceof JobEvent.DependencyMet met) {
            Gate gate = (state.gate() == null ? new Gate(null, java.util.List.of()) : state.gate()).without(met.dependency());
            if (gate.waitingFor().isEmpty()) {
                gate = new Gate(met.at(), gate.waitingFor()); // it may start from now on
            }
            return state.withCoordination(gate, state.recurrence(), state.stages(), state.progress());
        }
        if (event instanceof JobEvent.Fired fired) {
            Recurrence before = state.recurrence();
            int runs = (before == null ? 0 : before.runs()) + (fired.runId() == null ? 0 : 1);
            return state.withCoordination(state.gate(), new Recurrence(fired.firing(), fired.next(), runs,
                    before != null && before.paused()), state.stages(), state.progress());
        }
        if (event instanceof JobEvent.Paused paused) {
            Recurrence before = state.recurrence();
            // Resuming counts from now: firings that fell in the pause are not caught up.
            Instant lastFired = paused.paused() ? (before == null ? null : before.lastFired()) : paused.at();
            return state.withCoordination(state.gate(), new Recurrence(lastFired, paused.next(),
                    before == null ? 0 : before.runs(), paused.paused()), state.stages(), state.progress());
        }
        if (event instanceof JobEvent.StageStarted started) {
            java.util.SortedMap<String, StageRun> stages = new java.util.TreeMap<>(state.stages());
            stages.put(started.stage(), new StageRun(started.childId(), JobStatus.QUEUED, Map.of(), started.source()));
            return state.withCoordination(state.gate(), state.recurrence(), stages, state.progress());
        }
        if (event instanceof JobEvent.StageEnded ended) {
            java.util.SortedMap<String, StageRun> stages = new java.util.TreeMap<>(state.stages());
            StageRun run = stages.get(ended.stage());
            stages.put(ended.stage(), new StageRun(run == null ? null : run.jobId(), ended.status(), ended.output(),
                    run == null ? null : run.source()));
            return state.withCoordination(state.gate(), state.recurrence(), stages, ended.progress())
                    .withCounts(state.recordsProcessed() + ended.records(), state.errorCount() + ended.errors(),
                            state.batchRetries());
        }
        if (event instanceof JobEvent.Blocked blocked) {
            return state.withBlockedBy(blocked.reason());
        }
        if (event instanceof JobEvent.Dispatched dispatched) {
            return state.withBatches(state.batches().dispatched(dispatched.batches()));
        }
        if (event instanceof JobEvent.Started started) {
            return state.started(started.at());
        }
        if (event instanceof JobEvent.BatchDone done) {
            return batchDone(state, done);
        }
        if (event instanceof JobEvent.BatchFailed failed) {
            return batchFailed(state, failed);
        }
        if (event instanceof JobEvent.Completed completed) {
            return state.ended(JobStatus.COMPLETED, completed.at(), null, null);
        }
        if (event instanceof JobEvent.Failed failed) {
            return state.ended(JobStatus.FAILED, failed.at(), failed.error(), failed.code());
        }
        if (event instanceof JobEvent.Canceled canceled) {
            return state.ended(JobStatus.CANCELED, canceled.at(), canceled.reason(), null);
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** Status-changing events meet the transition table, which refuses them on a terminal job. */
    private static boolean changesStatus(JobEvent event) {
        return event instanceof JobEvent.Queued || event instanceof JobEvent.Started
                || event instanceof JobEvent.Scheduled || event instanceof JobEvent.Waiting
                || event instanceof JobEvent.Completed || event instanceof JobEvent.Failed
                || event instanceof JobEvent.Canceled;
    }

    private static boolean needsBatches(JobEvent event) {
        return event instanceof JobEvent.Dispatched || event instanceof JobEvent.BatchDone
                || event instanceof JobEvent.BatchFailed;
    }

    private static JobState create(JobState state, JobEvent.Created created) {
        if (state != null) {
            throw new IllegalArgumentException("job " + created.jobId() + " exists already");
        }
        return JobState.created(created);
    }

    private static JobState scheduled(JobState state, JobEvent.Scheduled scheduled) {
        JobState waiting = state.status() == JobStatus.SCHEDULED ? state : state.withStatus(JobStatus.SCHEDULED);
        Start start = state.spec().start();
        Recurrence recurrence = start.recurring() ? new Recurrence(null, scheduled.runAt(), 0, false) : null;
        return waiting.withCoordination(new Gate(scheduled.runAt(), start.dependencies()), recurrence, state.stages(),
                state.progress());
    }

    private static JobState queued(JobState state, JobEvent.Queued queued) {
        JobState ready = state.withStatus(JobStatus.QUEUED);
        Resume resume = queued.resume();
        if (resume == null) {
            return ready.withBatches(Batches.of(queued.plan()));
        }
        return ready.withBatches(Batches.resume(queued.plan(), resume.pending()))
                .withCounts(resume.records(), resume.errors(), 0);
    }

    private static JobState batchDone(JobState state, JobEvent.BatchDone done) {
        requireAwaiting(state, done.batch(), done.attempt());
        return state.withBatches(state.batches().finished(done.batch()).withResult(done.result()))
                .withCounts(state.recordsProcessed() + done.records(), state.errorCount() + done.errors(),
                        state.batchRetries());
    }

    private static JobState batchFailed(JobState state, JobEvent.BatchFailed failed) {
        requireAwaiting(state, failed.batch(), failed.attempt());
        int retries = state.batchRetries() + (failed.retryAttempt() == null ? 0 : 1);
        return state.withBatches(state.batches().failed(failed.batch(), failed.retryAttempt(), failed.retryAt()))
                .withCounts(state.recordsProcessed(), state.errorCount(), retries);
    }

    private static void requireAwaiting(JobState state, int batch, int attempt) {
        if (state.batches() == null || !state.batches().awaiting(batch, attempt)) {
            throw new IllegalArgumentException("job " + state.id() + " is not awaiting batch " + batch
                    + " attempt " + attempt);
        }
    }
}
