package dev.sluice.common.job;

import java.util.Locale;

/**
 * Where a job is in its lifecycle. {@link JobTransitions} lists which moves are legal; the
 * reducer is the only code that changes a job's status.
 */
public enum JobStatus {
    /** Accepted and recorded; the coordinator moves it on in the same step, so readers rarely see it. */
    CREATED(false),
    /** Its start time lies in the future. */
    SCHEDULED(false),
    /** Some dependency has not completed yet. */
    WAITING(false),
    /** Ready to run: batches are dispatched or waiting for a worker that can run them. */
    QUEUED(false),
    /** A worker has started at least one of its batches. */
    RUNNING(false),
    COMPLETED(true),
    FAILED(true),
    CANCELED(true);

    private final boolean terminal;

    JobStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** A terminal status is final: no event changes the job after it. */
    public boolean terminal() {
        return terminal;
    }

    /** The lower-case name used in the API and on topics. */
    @Override
    public String toString() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
