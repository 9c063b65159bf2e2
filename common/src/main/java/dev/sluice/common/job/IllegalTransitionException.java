package dev.sluice.common.job;

/** An event asked for a status change that {@link JobTransitions} forbids: a bug, never user input. */
public final class IllegalTransitionException extends IllegalStateException {
    public IllegalTransitionException(String jobId, JobStatus from, JobStatus to) {
        super("job " + jobId + " cannot move from " + from.wireName() + " to " + to.wireName());
    }
}
