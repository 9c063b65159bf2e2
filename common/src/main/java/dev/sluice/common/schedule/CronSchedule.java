package dev.sluice.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A cron expression read in a time zone; computes its firings as instants.
 *
 * <p>Firings follow {@code DstPolicy}: a wall time skipped by a DST gap fires later by the gap's length, a
 * wall time repeated by an overlap fires once, at its first occurrence. An hourly cron therefore fires 23
 * times on a spring-forward day and 24 times on a 25-hour fall-back day, with two hours between the
 * firings around the change.
 *
 * @param cron      the expression, matched against wall-clock time in {@code zone}
 * @param zone      {@code options.timezone}, an IANA region such as {@code America/New_York}; default UTC
 * @param recurring {@code options.recurring}: true creates a run at every firing; false runs the job once,
 *                  at the first firing after it was created
 */
public record CronSchedule(CronExpression cron, ZoneId zone, boolean recurring) implements Schedule {

    /** How far {@link #next} looks: a cron with no firing in one 400-year Gregorian cycle never fires. */
    static final Duration HORIZON = Duration.ofDays(146_097);

    public CronSchedule {
        if (cron == null || zone == null) {
            throw new IllegalArgumentException("cron and zone are required");
        }
    }

    /** The first firing strictly after {@code after}, or empty when the cron never fires again. */
    public Optional<Instant> next(Instant after) {
        return firingsBetween(after, after.plus(HORIZON), 1).stream().findFirst();
    }

    /**
     * The firings {@code f} with {@code from < f <= to}, earliest first, at most {@code max} of them: what
     * becomes due as the clock moves from {@code from} to {@code to}. Empty when {@code to} is not after
     * {@code from}.
     */
    public List<Instant> firingsBetween(Instant from, Instant to, int max) {
        requireCount(max);
        return FiringSearch.earliest(cron, zone, from, to, max);
    }

    /** The next {@code n} firings strictly after {@code from}, each as an instant and as wall time in {@link #zone}. */
    public List<Firing> preview(Instant from, int n) {
        requireCount(n);
        return FiringSearch.earliest(cron, zone, from, from.plus(HORIZON), n).stream()
                .map(at -> Firing.at(at, zone))
                .toList();
    }

    /** Like {@link #firingsBetween}, but keeps the latest {@code max} firings of the span rather than the earliest. */
    List<Instant> latestBetween(Instant from, Instant to, int max) {
        requireCount(max);
        return FiringSearch.latest(cron, zone, from, to, max);
    }

    /** The first firing after {@code now}: a cron job waits for its schedule even when created just before it. */
    @Override
    public Optional<Instant> firstRun(Instant now) {
        return next(now);
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
