package dev.sluice.worker.enrich;

import java.time.Duration;

/** Waits; injected so that tests of rate limits and backoff run without waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Waits with {@link Thread#sleep}, so a canceled or timed-out batch stops waiting at once. */
    Sleeper SYSTEM = wait -> Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);

    void sleep(Duration wait) throws InterruptedException;
}
