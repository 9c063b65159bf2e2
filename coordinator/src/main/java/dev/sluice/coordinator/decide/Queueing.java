package dev.sluice.coordinator.decide;

import dev.sluice.common.job.FailureCode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.request.InvalidRequestException;
import java.time.Instant;

/** Plans a job that may start now and queues it; a job whose input is missing or wrong fails saying why. */
final class Queueing {

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
            b.add(new JobEvent.Failed(state.id(), now, "could not start: " + e.getMessage()
                    + "; it was checked when the job started, since it waited for its time or other jobs",
                    FailureCode.INVALID_INPUT));
            return;
        }
        engine.advance(b, now);
    }
}
