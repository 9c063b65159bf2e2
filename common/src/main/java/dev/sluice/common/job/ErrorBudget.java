package dev.sluice.common.job;

/**
 * How many failed records a job may have before it fails as a whole. With neither limit set, a
 * job with failed records completes with {@code errorCount > 0}.
 *
 * @param maxErrors    most failed records allowed, {@code config.maxErrors}; -1 for no limit
 * @param maxErrorRate highest share of failed records among those processed, in [0, 1],
 *                     {@code config.maxErrorRate}; -1 for no limit
 */
public record ErrorBudget(long maxErrors, double maxErrorRate) {

    public static final ErrorBudget UNLIMITED = new ErrorBudget(-1, -1);

    public ErrorBudget {
        if (maxErrors < -1 || (maxErrorRate != -1 && (maxErrorRate < 0 || maxErrorRate > 1))) {
            throw new IllegalArgumentException("maxErrors >= 0 and 0 <= maxErrorRate <= 1, or -1 for none");
        }
    }

    /**
     * Why {@code errors} among {@code records} processed break the budget, or null while they
     * don't. The rate is checked as batches finish, over the records seen so far.
     */
    public String exceeded(long records, long errors) {
        if (maxErrors >= 0 && errors > maxErrors) {
            return errors + " records failed, more than config.maxErrors (" + maxErrors + ")";
        }
        if (maxErrorRate >= 0 && records > 0 && (double) errors / records > maxErrorRate) {
            return String.format(java.util.Locale.ROOT, "%d of %d records failed (%.2f%%), more than config.maxErrorRate (%s)",
                    errors, records, 100.0 * errors / records, maxErrorRate);
        }
        return null;
    }
}
