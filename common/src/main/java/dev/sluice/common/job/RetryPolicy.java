package dev.sluice.common.job;

/**
 * How a job's failed batches are retried.
 *
 * @param attempts retries a failed batch gets; {@code config.retryAttempts} or {@code options.retryAttempts}, default 0
 * @param backoff  how long each retry waits; based on {@code options.retryDelay}
 */
public record RetryPolicy(int attempts, Backoff backoff) {

    public static final RetryPolicy NONE = new RetryPolicy(0, Backoff.from(Backoff.DEFAULT_BASE_MS));

    public RetryPolicy {
        if (attempts < 0 || backoff == null) {
            throw new IllegalArgumentException("need attempts >= 0 and a backoff");
        }
    }

    public static RetryPolicy of(int attempts) {
        return new RetryPolicy(attempts, NONE.backoff());
    }
}
