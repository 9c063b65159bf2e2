package dev.sluice.common.spi;

/**
 * Runs one batch of one operation on a worker. Implementations are discovered with
 * {@link java.util.ServiceLoader} (list them in {@code META-INF/services/dev.sluice.common.spi.BatchHandler}),
 * so a custom operation is a jar on the worker's classpath. They must be thread-safe: a worker
 * runs many batches at once, and it may run the same batch twice after a crash, so a handler's
 * effects should be idempotent per (job, batch).
 */
public interface BatchHandler {

    /** The {@code operation} this handler runs; unique among the handlers of one worker. */
    String operation();

    /**
     * Runs the batch. Should stop early when the thread is interrupted (the batch timed out or was canceled).
     *
     * @throws BatchFailure for a failure the handler understands, retryable or not
     * @throws Exception    anything else counts as a retryable failure
     */
    BatchResult run(Batch batch, BatchContext context) throws Exception;
}
