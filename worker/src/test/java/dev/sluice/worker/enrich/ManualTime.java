package dev.sluice.worker.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when something sleeps on it, and remembers each sleep: time for rate and backoff tests. */
public final class ManualTime extends Clock implements Sleeper {

    private Instant now = Instant.parse("2024-05-01T12:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration wait) {
        sleeps.add(wait);
        now = now.plus(wait);
    }

    synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
