package dev.sluice.common.spi;

/** What a running handler may ask of the worker. */
public interface BatchContext {

    /** The worker that runs the batch. */
    String workerId();

    /** True once the batch should stop: timed out, canceled, or the worker is shutting down. */
    boolean stopRequested();

    /** Files and records, for handlers that move data. */
    DataAccess data();
}
