package dev.sluice.coordinator.decide;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Recurrence;
import dev.sluice.common.job.Start;
import dev.sluice.common.schedule.CatchUp;
import dev.sluice.common.schedule.CronSchedule;
import java.time.Instant;

/**
 * What holds a job before it is queued: its time (a one-off schedule, or each firing of a
 * recurring one) and the jobs it depends on. A dependency is watched by a notice to its own
 * partition, and answers with a notice when it ends.
 */
final class Gates {

    private final Pipelines pipelines;
    private final Queueing queueing;

    Gates(Pipelines pipelines, Queueing queueing) {
        this.pipelines = pipelines;
        this.queueing = queueing;
    }

    /** A job just created: schedule it, make it wait, or start it. */
    void begin(Decision.Builder b, Instant now) {
        Start start = b.state().spec().start();
        if (start.runAt() != null && start.runAt().isAfter(now)) {
            b.add(new JobEvent.Scheduled(b.state().id(), now, start.runAt()));
            return;
        }
        afterTime(b, now);
    }

    /**
     * Time passed: a one-off job whose time has come goes on; a recurring schedule fires; a job
     * that waits only for its input tries again.
     */
    void tick(Decision.Builder b, Instant now) {
        JobState state = b.state();
        if (state.status() == JobStatus.WAITING) {
            if (state.gate() != null && state.gate().waitingFor().isEmpty()) {
                go(b, now);
            }
            return;
        }
        if (state.spec().start().recurring()) {
            fire(b, now);
        } else if (state.gate() != null && state.gate().runAt() != null && !now.isBefore(state.gate().runAt())) {
            afterTime(b, now);
        }
    }

    /** A job it waits for ended. */
    void dependencyEnded(Decision.Builder b, Notice.Ended ended, Instant now) {
        JobState state = b.state();
        if (state.status() != JobStatus.WAITING || state.gate() == null
                || !state.gate().waitingFor().contains(ended.dependency())) {
            return;
        }
        if (ended.status() != JobStatus.COMPLETED) {
            String what = ended.status() == null ? "does not exist"
                    : "ended " + ended.status().wireName() + (ended.error() == null ? "" : ": " + ended.error());
            b.add(new JobEvent.Canceled(state.id(), now, "dependency " + ended.dependency() + " " + what
                    + "; this job did not run"));
            return;
        }
        b.add(new JobEvent.DependencyMet(state.id(), now, ended.dependency()));
        if (b.state().gate().waitingFor().isEmpty()) {
            go(b, now);
        }
    }

    private void afterTime(Decision.Builder b, Instant now) {
        JobState state = b.state();
        var dependencies = state.spec().start().dependencies();
        if (!dependencies.isEmpty()) {
            b.add(new JobEvent.Waiting(state.id(), now, dependencies));
            dependencies.forEach(dependency -> b.notify(new Notice.Watch(dependency, state.id())));
            return;
        }
        go(b, now);
    }

    private void go(Decision.Builder b, Instant now) {
        if (b.state().spec().type() == JobType.PIPELINE) {
            pipelines.begin(b, now);
        } else {
            queueing.queue(b, now);
        }
    }

    private void fire(Decision.Builder b, Instant now) {
        JobState state = b.state();
        Recurrence recurrence = state.recurrence();
        if (recurrence == null || recurrence.paused() || recurrence.nextRunAt() == null
                || now.isBefore(recurrence.nextRunAt())) {
            return;
        }
        CronSchedule schedule = state.spec().start().schedule();
        Instant last = recurrence.lastFired() != null ? recurrence.lastFired() : state.createdAt();
        // As of the last firing acted on, so a firing is never run twice nor missed between ticks.
        CatchUp plan = state.spec().start().missed().plan(schedule, last, now);
        Instant next = plan.next().orElse(null);
        if (plan.fireNow().isEmpty()) {
            // Missed firings skipped by policy: remember how far, so they are not weighed again.
            b.add(new JobEvent.Fired(state.id(), now, now, null, next));
            return;
        }
        JobSpec run = state.spec().asRun();
        for (Instant firing : plan.fireNow()) {
            String runId = runId(state.id(), firing);
            b.add(new JobEvent.Fired(state.id(), now, firing, runId, next));
            b.notify(new Notice.Start(runId, state.id(), run, state.pool()));
        }
    }

    /** The id of the run a schedule starts for its firing at {@code firing}: the same on every coordinator. */
    static String runId(String scheduleId, Instant firing) {
        return scheduleId + "-run-" + firing.getEpochSecond();
    }
}
