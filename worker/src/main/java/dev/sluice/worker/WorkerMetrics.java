package dev.sluice.worker;

/**
 * The names of the worker's meters and their tags. Every meter carries the {@link #POOL} tag.
 * Prometheus shows them with dots as underscores, counters with {@code _total} and timers in
 * seconds, e.g. {@code sluice_worker_batches_total}.
 */
public final class WorkerMetrics {

    /** Gauge: batches running now. */
    public static final String IN_FLIGHT = "sluice.worker.batches.in.flight";
    /** Gauge: batches the worker runs at once at most. */
    public static final String CONCURRENCY = "sluice.worker.concurrency";
    /** Counter: batches ended, tagged {@link #OPERATION} and {@link #OUTCOME}. */
    public static final String BATCHES = "sluice.worker.batches";
    /** Counter: records processed by batches that completed, tagged {@link #OPERATION}. */
    public static final String RECORDS = "sluice.worker.records";
    /** Timer: how long batches ran, whatever their outcome, tagged {@link #OPERATION}. */
    public static final String BATCH_DURATION = "sluice.worker.batch.duration";

    /** Tag: the worker pool. */
    public static final String POOL = "pool";
    /** Tag: the batch's operation. */
    public static final String OPERATION = "operation";
    /** Tag: how a batch ended, one of {@link #OUTCOME_DONE}, {@link #OUTCOME_FAILED}, {@link #OUTCOME_TIMEOUT}. */
    public static final String OUTCOME = "outcome";

    public static final String OUTCOME_DONE = "done";
    public static final String OUTCOME_FAILED = "failed";
    public static final String OUTCOME_TIMEOUT = "timeout";

    private WorkerMetrics() {
    }
}
