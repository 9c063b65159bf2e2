package dev.sluice.common.spi;

/** What a running handler may ask of the worker. */
public interface BatchContext {

    /** The worker that runs the batch. */
    String workerId();

    /** True once the batch should stop: timed out, canceled, or the worker is shutting down. */
    boolean stopRequested();

    /** Files and records, for handlers that move data. */
    DataAccess data();

    /**
     * Adds a line to the job's log, which the job's {@code log} artifact shows. For what a user of
     * the job should know (a skipped header, a guessed encoding), not for debugging.
     *
     * @param level {@code info}, {@code warn} or {@code error}
     */
    default void log(String level, String message) {
    }
}
