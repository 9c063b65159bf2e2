package dev.sluice.common.job;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long a failed batch waits before it is sent again: {@code base}, doubled on each further
 * retry, never more than {@code cap}, and shortened by up to {@code jitter} (a fraction) so that
 * batches that failed together do not all come back at once. The jitter is drawn from a seed
 * (the job, batch and attempt), so the same failure always gets the same delay: the decider
 * stays pure and a replay decides the same.
 *
 * @param baseMs delay before the first retry, {@code options.retryDelay}, default 1 s
 * @param capMs  longest delay, at least {@code baseMs}
 * @param jitter fraction in [0, 1) by which a delay may be shortened
 */
public record Backoff(long baseMs, long capMs, double jitter) {

    public static final long DEFAULT_BASE_MS = 1_000;
    public static final long DEFAULT_CAP_MS = 300_000;
    public static final double DEFAULT_JITTER = 0.2;

    public Backoff {
        if (baseMs < 0 || capMs < baseMs || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("need 0 <= base <= cap and 0 <= jitter < 1, got "
                    + baseMs + ", " + capMs + ", " + jitter);
        }
    }

    /** The documented policy for a base delay: cap of 5 minutes (or the base when larger), jitter 20 %. */
    public static Backoff from(long baseMs) {
        return new Backoff(baseMs, Math.max(DEFAULT_CAP_MS, baseMs), DEFAULT_JITTER);
    }

    /**
     * The delay before retry number {@code retry} (1 for the first retry).
     *
     * @param seed any number that identifies the failure, such as a hash of job, batch and attempt
     */
    public Duration delay(int retry, long seed) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1, got " + retry);
        }
        long full = baseMs;
        for (int i = 1; i < retry && full < capMs; i++) {
            full *= 2;
        }
        full = Math.min(full, capMs);
        double cut = jitter * new SplittableRandom(seed).nextDouble();
        return Duration.ofMillis(Math.round(full * (1 - cut)));
    }

    /** A seed for {@link #delay} from what identifies a batch's failure. */
    public static long seed(String jobId, int batch, int attempt) {
        return ((long) jobId.hashCode() << 32) ^ ((long) batch * 31 + attempt);
    }
}
