package dev.sluice.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The exact firings of a cron in a zone within one window of instants.
 *
 * <p>Wall time does not grow with the instant around a DST change: after a gap, 02:30 maps to a later
 * instant than 03:00 does; in an overlap the wall clock runs back an hour. So the window's firings are found
 * by enumerating every matching wall time that any instant of the window, or any gap shifted into it, could
 * show, mapping each through {@link DstPolicy}, and keeping those inside the window, once each, in order.
 */
final class FiringWindow {

    /** More than any offset change can be: offsets stay within ±18 hours of UTC. */
    static final Duration SHIFT_LIMIT = Duration.ofDays(2);

    private FiringWindow() {
    }

    /** Firings {@code f} with {@code from < f <= to}, ascending. */
    static List<Instant> between(CronExpression cron, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        LocalDateTime low = LocalDateTime.ofInstant(from, zone);
        LocalDateTime high = LocalDateTime.ofInstant(to, zone);
        for (ZoneOffsetTransition change = rules.nextTransition(from.minus(SHIFT_LIMIT));
             change != null && !change.getInstant().isAfter(to.plus(SHIFT_LIMIT));
             change = rules.nextTransition(change.getInstant())) {
            if (reaches(change, from, to)) {
                low = earliest(low, change.getDateTimeBefore(), change.getDateTimeAfter());
                high = latest(high, change.getDateTimeBefore(), change.getDateTimeAfter());
            }
        }
        TreeSet<Instant> firings = new TreeSet<>();
        for (Optional<LocalDateTime> wall = cron.after(low.minusNanos(1));
             wall.isPresent() && !wall.get().isAfter(high);
             wall = cron.after(wall.get())) {
            Instant at = DstPolicy.resolve(wall.get(), rules);
            if (at.isAfter(from) && !at.isAfter(to)) {
                firings.add(at);
            }
        }
        return List.copyOf(firings);
    }

    /** Whether wall times around {@code change} can map into the window; errs on the side of yes. */
    private static boolean reaches(ZoneOffsetTransition change, Instant from, Instant to) {
        Duration size = change.getDuration().abs();
        return change.getInstant().plus(size).isAfter(from) && !change.getInstant().minus(size).isAfter(to);
    }

    private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b, LocalDateTime c) {
        LocalDateTime min = a.isBefore(b) ? a : b;
        return min.isBefore(c) ? min : c;
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b, LocalDateTime c) {
        LocalDateTime max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }
}
