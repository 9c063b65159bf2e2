package dev.sluice.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a recurring schedule does with firings that passed while no coordinator ran, such as during an
 * outage or a restart. The coordinator asks {@link #plan} on every evaluation; on a normal tick only the
 * firing that just came due is in play, and every policy runs it.
 */
public enum MissedFirings {

    /** The default: catch up once. The most recent missed firing runs; older ones are dropped. */
    ONE,

    /**
     * Run nothing that was missed and wait for the next firing. A firing at most {@link #ON_TIME} old is
     * not missed but due, and runs.
     */
    SKIP,

    /**
     * Run every missed firing, oldest first, but at most {@link #MAX_ALL}: after a longer outage only the
     * most recent {@value #MAX_ALL} run and older ones are dropped.
     */
    ALL;

    /** The most runs {@link #ALL} creates in one catch-up. */
    public static final int MAX_ALL = 100;

    /** How late a firing may be found and still count as on time rather than missed: one minute. */
    public static final Duration ON_TIME = Duration.ofMinutes(1);

    /** What a schedule does when no policy is given. */
    public static final MissedFirings DEFAULT = ONE;

    /**
     * The runs to create at {@code now} for the firings {@code f} with {@code lastFired < f <= now}.
     *
     * @param lastFired the newest instant up to which firings were already handled, run or dropped; for a
     *                  schedule that never fired, when it was created
     * @param now       the coordinator's current time
     */
    public CatchUp plan(CronSchedule schedule, Instant lastFired, Instant now) {
        List<Instant> fire = switch (this) {
            case ONE -> schedule.latestBetween(lastFired, now, 1);
            case SKIP -> schedule.latestBetween(lastFired, now, 1).stream()
                    .filter(at -> !at.plus(ON_TIME).isBefore(now))
                    .toList();
            case ALL -> schedule.latestBetween(lastFired, now, MAX_ALL);
        };
        return new CatchUp(fire, schedule.next(lastFired.isAfter(now) ? lastFired : now));
    }

    /** The policy's name in requests and responses: {@code one}, {@code skip} or {@code all}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns null when the name is not a policy. */
    public static MissedFirings fromWire(String name) {
        for (MissedFirings policy : values()) {
            if (policy.wireName().equals(name)) {
                return policy;
            }
        }
        return null;
    }
}
