package dev.sluice.common.enrich;

import java.time.Duration;

/**
 * How a worker calls an enrichment service: how many records one call may carry, how often it may
 * call, how long it waits, and how it retries a call that was throttled (429) or failed on the
 * service's side (5xx, timeout, connection error).
 *
 * @param maxBatch      the most records one call carries; a job's {@code config.batchSize} may not exceed it (default 100)
 * @param ratePerSecond calls per second each worker makes at most, retries included (default 10); a
 *                      short burst of up to one second's calls is allowed
 * @param timeout       how long one call may take, connecting included (default 10 s)
 * @param retries       how many times a failed call is sent again before its records fail (default 3)
 * @param backoff       the wait before the first retry; it doubles on each further one (default 500 ms)
 * @param maxBackoff    the longest wait before a retry, a {@code Retry-After} of the service included (default 30 s)
 */
public record CallPolicy(int maxBatch, double ratePerSecond, Duration timeout, int retries, Duration backoff,
                         Duration maxBackoff) {

    public static final int DEFAULT_MAX_BATCH = 100;
    public static final double DEFAULT_RATE_PER_SECOND = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

    public CallPolicy {
        if (maxBatch < 1 || !(ratePerSecond > 0) || timeout.isNegative() || timeout.isZero() || retries < 0
                || backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("invalid call policy");
        }
    }

    public static CallPolicy defaults() {
        return new CallPolicy(DEFAULT_MAX_BATCH, DEFAULT_RATE_PER_SECOND, DEFAULT_TIMEOUT, DEFAULT_RETRIES,
                DEFAULT_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /** The wait before retry {@code retry} (1 for the first): the backoff doubled per earlier retry, capped. */
    public Duration backoffBefore(int retry) {
        Duration wait = backoff;
        for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
