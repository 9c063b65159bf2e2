package dev.sluice.coordinator.decide;

/**
 * Ids of job retries: {@code ORIGINAL-retry-N} for the N-th retry, N counting across retries of
 * retries, so that every retry of one original job is named after it and asking twice for the
 * same retry names the same job.
 */
public final class RetryIds {

    private static final String MARK = "-retry-";

    private RetryIds() {
    }

    /** The id of the retry of {@code jobId}, which is itself retry number {@code retryAttempts} (0: an original). */
    public static String next(String jobId, int retryAttempts) {
        String original = retryAttempts > 0 && jobId.contains(MARK) ? jobId.substring(0, jobId.lastIndexOf(MARK)) : jobId;
        return original + MARK + (retryAttempts + 1);
    }
}
