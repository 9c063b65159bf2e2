package dev.sluice.worker.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A rate limit of {@code ratePerSecond} calls: a bucket of up to one second's tokens (at least one)
 * that refills continuously. A caller takes a token, waiting for it when the bucket is empty;
 * waiting callers reserve tokens in turn, so they go in the order they came and together never
 * exceed the rate. Thread-safe; it waits outside its lock.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double ratePerSecond;
    private final double capacity;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens; // guarded by this; below zero when callers wait for tokens they reserved
    private Instant last; // guarded by this

    public TokenBucket(double ratePerSecond, Clock clock, Sleeper sleeper) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("ratePerSecond must be above 0");
        }
        this.ratePerSecond = ratePerSecond;
        this.capacity = Math.max(1, ratePerSecond);
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = capacity;
        this.last = clock.instant();
    }

    /** Takes a token, waiting until it is there. */
    public void acquire() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Takes a token now or reserves the next one, and says how long until it may be used. */
    synchronized Duration reserve() {
        Instant now = clock.instant();
        if (now.isAfter(last)) {
            double refill = Duration.between(last, now).toNanos() * ratePerSecond / NANOS_PER_SECOND;
            tokens = Math.min(capacity, tokens + refill);
            last = now;
        }
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens * NANOS_PER_SECOND / ratePerSecond));
    }
}
