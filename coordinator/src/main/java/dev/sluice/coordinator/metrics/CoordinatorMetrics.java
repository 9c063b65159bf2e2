package dev.sluice.coordinator.metrics;

/** Names of the coordinator's meters (Prometheus turns dots into underscores and adds units). */
public final class CoordinatorMetrics {
    /** Jobs by type, operation and status, now (gauge). */
    public static final String JOBS = "sluice.jobs";
    /** Job lifecycle events seen, by type, operation and event type (counter). */
    public static final String JOB_EVENTS = "sluice.job.events";
    /** Run time of finished jobs, by type, operation and final status (timer). */
    public static final String JOB_DURATION = "sluice.job.duration";
    /** Batch results folded, by operation and outcome: done, failed (counter). */
    public static final String BATCHES = "sluice.batches";
    /** Records reported processed by batches, by operation (counter). */
    public static final String RECORDS = "sluice.records.processed";
    /** Tasks waiting on a pool's priority topic for a worker, by pool and priority (gauge). */
    public static final String BACKLOG = "sluice.tasks.backlog";
    /** Requests rejected (counter). */
    public static final String REJECTED = "sluice.requests.rejected";

    private CoordinatorMetrics() {
    }
}
