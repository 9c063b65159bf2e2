package dev.sluice.common.spi;

/**
 * A batch failed as a whole. {@code retryable} says whether running it again can help: a timeout
 * or an I/O error can; bad configuration or bad data cannot, and does not use up retries.
 */
public final class BatchFailure extends Exception {
    private final boolean retryable;

    public BatchFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
