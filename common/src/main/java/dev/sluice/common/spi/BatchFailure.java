package dev.sluice.common.spi;

import dev.sluice.common.job.FailureCode;

/**
 * A batch failed as a whole. {@code retryable} says whether running it again can help: a timeout
 * or an I/O error can; bad configuration or bad data cannot, and does not use up retries.
 * {@link #invalidInput} is for a verdict on the job's input (a file that fails validation): the
 * job fails with {@code errorCode} {@link FailureCode#INVALID_INPUT} rather than {@code batch_failed}.
 */
public final class BatchFailure extends Exception {
    private final boolean retryable;
    private final String code;

    public BatchFailure(String message, boolean retryable) {
        this(message, retryable, null);
    }

    private BatchFailure(String message, boolean retryable, String code) {
        super(message);
        this.retryable = retryable;
        this.code = code;
    }

    /** The job's input is wrong, as {@code message} says; not retryable. */
    public static BatchFailure invalidInput(String message) {
        return new BatchFailure(message, false, FailureCode.INVALID_INPUT);
    }

    public boolean retryable() {
        return retryable;
    }

    /** The job's {@code errorCode} this failure asks for, or null for the engine's own ({@code batch_failed}). */
    public String code() {
        return code;
    }
}
