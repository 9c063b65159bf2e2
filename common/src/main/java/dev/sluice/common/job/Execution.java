package dev.sluice.common.job;

/**
 * How the engine runs a job, parsed once from the request's {@code config} and {@code options}.
 *
 * @param priority        topic the batches go to; {@code options.priority} or {@code options.resources.priority}, default normal
 * @param batchSize       records per batch; {@code config.batchSize}, default 1000
 * @param parallelBatches batches of this job in flight at once; {@code config.parallelBatches}, default 4
 * @param batchTimeoutMs  longest one batch may run on a worker, in ms; {@code config.batchTimeout}, default 300000
 * @param timeoutMs       longest the whole job may run, in ms, 0 for no limit; the smallest of
 *                        {@code config.timeout}, {@code options.timeout} and {@code options.resources.timeout}
 * @param retry           how often and after how long a failed batch is dispatched again
 * @param errorBudget     how many failed records the job may have before it fails
 * @param resources       what the job asks of its worker pool
 */
public record Execution(Priority priority, int batchSize, int parallelBatches, long batchTimeoutMs,
                        long timeoutMs, RetryPolicy retry, ErrorBudget errorBudget,
                        Resources resources) {

    public static final int DEFAULT_BATCH_SIZE = 1000;
    public static final int DEFAULT_PARALLEL_BATCHES = 4;
    public static final long DEFAULT_BATCH_TIMEOUT_MS = 300_000;

    public Execution {
        if (priority == null || resources == null || retry == null || errorBudget == null) {
            throw new IllegalArgumentException("priority, retry, error budget and resources are required");
        }
        if (batchSize < 1 || parallelBatches < 1 || batchTimeoutMs < 1 || timeoutMs < 0) {
            throw new IllegalArgumentException("execution settings out of range");
        }
    }

    public static Execution defaults() {
        return new Execution(Priority.NORMAL, DEFAULT_BATCH_SIZE, DEFAULT_PARALLEL_BATCHES,
                DEFAULT_BATCH_TIMEOUT_MS, 0, RetryPolicy.NONE, ErrorBudget.UNLIMITED, Resources.NONE);
    }
}
