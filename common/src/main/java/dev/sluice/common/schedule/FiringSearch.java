package dev.sluice.common.schedule;

import static dev.sluice.common.schedule.FiringWindow.SHIFT_LIMIT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Walks a span of time in windows, forward or backward, collecting a bounded number of firings.
 *
 * <p>Windows start at an hour, so a minutely cron costs little for one firing, and double up to a day. A
 * window without firings jumps to near the next (or previous) matching wall time, less {@link
 * FiringWindow#SHIFT_LIMIT}, so a yearly cron does not cost a window per day. The jump is safe: a firing's
 * wall time and its instant differ by the zone's offset, and two offsets differ by less than the limit.
 */
final class FiringSearch {

    private static final Duration FIRST_STEP = Duration.ofHours(1);
    private static final Duration LONGEST_STEP = Duration.ofDays(1);

    private FiringSearch() {
    }

    /** At most {@code max} firings {@code f} with {@code from < f <= to}: the earliest ones, ascending. */
    static List<Instant> earliest(CronExpression cron, ZoneId zone, Instant from, Instant to, int max) {
        List<Instant> found = new ArrayList<>();
        Instant start = from;
        Duration step = FIRST_STEP;
        while (start != null && found.size() < max && start.isBefore(to)) {
            Instant end = min(start.plus(step), to);
            List<Instant> window = FiringWindow.between(cron, zone, start, end);
            found.addAll(window.subList(0, Math.min(window.size(), max - found.size())));
            start = window.isEmpty() ? skipForward(cron, zone, end) : end;
            step = longer(step);
        }
        return found;
    }

    /** At most {@code max} firings {@code f} with {@code from < f <= to}: the latest ones, ascending. */
    static List<Instant> latest(CronExpression cron, ZoneId zone, Instant from, Instant to, int max) {
        Deque<Instant> found = new ArrayDeque<>();
        Instant end = to;
        Duration step = FIRST_STEP;
        while (end != null && found.size() < max && end.isAfter(from)) {
            Instant start = max(end.minus(step), from);
            List<Instant> window = FiringWindow.between(cron, zone, start, end);
            for (int i = window.size() - 1; i >= 0 && found.size() < max; i--) {
                found.addFirst(window.get(i));
            }
            end = window.isEmpty() ? skipBackward(cron, zone, start) : start;
            step = longer(step);
        }
        return List.copyOf(found);
    }

    /** No firing after {@code end} is earlier than the returned instant; null when none can come. */
    private static Instant skipForward(CronExpression cron, ZoneId zone, Instant end) {
        Optional<LocalDateTime> wall = cron.after(LocalDateTime.ofInstant(end, zone).minus(SHIFT_LIMIT));
        return wall.map(w -> max(end, DstPolicy.resolve(w, zone.getRules()).minus(SHIFT_LIMIT))).orElse(null);
    }

    /** No firing up to {@code start} is later than the returned instant; null when none was. */
    private static Instant skipBackward(CronExpression cron, ZoneId zone, Instant start) {
        Optional<LocalDateTime> wall = cron.before(LocalDateTime.ofInstant(start, zone).plus(SHIFT_LIMIT));
        return wall.map(w -> min(start, DstPolicy.resolve(w, zone.getRules()).plus(SHIFT_LIMIT))).orElse(null);
    }

    private static Duration longer(Duration step) {
        Duration doubled = step.multipliedBy(2);
        return doubled.compareTo(LONGEST_STEP) > 0 ? LONGEST_STEP : doubled;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
