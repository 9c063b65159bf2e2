package dev.sluice.coordinator.decide;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobReducer;
import dev.sluice.common.job.JobState;
import java.util.ArrayList;
import java.util.List;

/**
 * What the decider chose: events to append, each with the job as it stands right after it. The
 * job is always the fold of the events through the reducer, never changed any other way.
 *
 * @param after the job after all the events (the input job when there are none)
 */
public record Decision(JobState after, List<Step> steps, List<Notice> notices) {

    /** One event and the job right after it, which the event's envelope carries. */
    public record Step(JobEvent event, JobState after) {
    }

    public Decision {
        steps = List.copyOf(steps);
        notices = List.copyOf(notices);
    }

    public Decision(JobState after, List<Step> steps) {
        this(after, steps, List.of());
    }

    /** Nothing happens: the job stays as it is. */
    static Decision none(JobState state) {
        return new Decision(state, List.of(), List.of());
    }

    public boolean changed() {
        return !steps.isEmpty() || !notices.isEmpty();
    }

    public List<JobEvent> events() {
        return steps.stream().map(Step::event).toList();
    }

    /** Collects events, folding each into the job as it is added. */
    static final class Builder {
        private JobState state;
        private final List<Step> steps = new ArrayList<>();
        private final List<Notice> notices = new ArrayList<>();

        Builder(JobState state) {
            this.state = state;
        }

        Builder add(JobEvent event) {
            state = JobReducer.apply(state, event);
            steps.add(new Step(event, state));
            return this;
        }

        /** Sends {@code notice} along with the events, in the same transaction. */
        Builder notify(Notice notice) {
            notices.add(notice);
            return this;
        }

        JobState state() {
            return state;
        }

        Decision build() {
            return new Decision(state, steps, notices);
        }
    }
}
