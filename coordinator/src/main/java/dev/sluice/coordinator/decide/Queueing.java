package dev.sluice.coordinator.decide;

import dev.sluice.common.job.FailureCode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Plans a job that may start now and queues it; a job whose input is missing or wrong fails saying why. */
final class Queueing {

    /** How long a job that may start waits for its input to appear before it fails. */
    static final Duration INPUT_GRACE = Duration.ofSeconds(30);

    private final JobPlanner planner;
    private final JobDecider engine;

    Queueing(JobPlanner planner, JobDecider engine) {
        this.planner = planner;
        this.engine = engine;
    }

    void queue(Decision.Builder b, Instant now) {
        JobState state = b.state();
        try {
            b.add(new JobEvent.Queued(state.id(), now, planner.plan(state.id(), state.spec())));
        } catch (InvalidRequestException e) {
            inputMissing(b, e, now);
            return;
        }
        engine.advance(b, now);
    }

    /**
     * What a job reads may be ready a moment after the job it waited for ended (another view of the
     * same transaction): input that is not ready yet is waited for up to {@link #INPUT_GRACE}; input
     * that is wrong, or still not ready then, fails the job saying why.
     */
    private void inputMissing(Decision.Builder b, InvalidRequestException e, Instant now) {
        JobState state = b.state();
        Instant since = state.gate() != null && state.gate().runAt() != null ? state.gate().runAt() : state.createdAt();
        if (e.notReady() && now.isBefore(since.plus(INPUT_GRACE))) {
            if (state.status() != JobStatus.WAITING) {
                b.add(new JobEvent.Waiting(state.id(), now, List.of()));
            }
            String reason = "waiting for its input: " + e.getMessage();
            if (!reason.equals(b.state().blockedBy())) {
                b.add(new JobEvent.Blocked(state.id(), now, reason));
            }
            return;
        }
        b.add(new JobEvent.Failed(state.id(), now, "could not start: " + e.getMessage() + "; it was checked when "
                + "the job could start, since it waited for its time or other jobs", FailureCode.INVALID_INPUT));
    }
}
