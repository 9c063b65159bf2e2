package dev.sluice.worker.scan;

/**
 * A scan that gave no verdict. {@code retryable}: a scanner that could not be reached, timed out
 * or failed for a moment may do better later; one that refuses the file (too large for it) or
 * does not speak the protocol will not.
 */
public final class ScanFailure extends Exception {
    private final boolean retryable;

    public ScanFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ScanFailure(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
