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

    /** The original job and its retries up to {@code jobId}, which is retry number {@code retryAttempts}; oldest first. */
    public static java.util.List<String> chain(String jobId, int retryAttempts) {
        String original = original(jobId, retryAttempts);
        java.util.List<String> chain = new java.util.ArrayList<>();
        chain.add(original);
        for (int n = 1; n <= retryAttempts; n++) {
            chain.add(original + MARK + n);
        }
        return chain;
    }

    private static String original(String jobId, int retryAttempts) {
        return retryAttempts > 0 && jobId.contains(MARK) ? jobId.substring(0, jobId.lastIndexOf(MARK)) : jobId;
    }

    /** The id of the retry of {@code jobId}, which is itself retry number {@code retryAttempts} (0: an original). */
    public static String next(String jobId, int retryAttempts) {
        return original(jobId, retryAttempts) + MARK + (retryAttempts + 1);
    }
}
