package dev.sluice.common.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * How a wall-clock time becomes an instant in a zone that changes its offset; the one place the rule lives.
 *
 * <ul>
 *   <li><b>Gap</b> (clocks go forward, the wall time never happens): the firing moves forward by the length
 *       of the gap. In {@code America/New_York} on 2026-03-08 clocks jump from 02:00 EST to 03:00 EDT, so
 *       02:30 fires at 03:30 EDT (07:30Z), 02:00 at 03:00 EDT. A firing that lands on the same instant as
 *       another (02:00 and 03:00 both become 03:00 EDT) runs once.</li>
 *   <li><b>Overlap</b> (clocks go back, the wall time happens twice): the firing runs once, at the first
 *       occurrence, under the offset before the change. In {@code America/New_York} on 2026-11-01 01:30
 *       happens at 01:30 EDT (05:30Z) and again at 01:30 EST (06:30Z); it fires at 05:30Z only.</li>
 * </ul>
 *
 * <p>This is also what {@code LocalDateTime.atZone} does; it is written out here so the rule is visible and
 * cannot change with a library. cron-utils itself differs: it drops a firing that falls in a gap and fires
 * twice in an overlap for expressions such as {@code 0 * * * *}, which is why schedules ask it only about
 * wall times and map them here.
 */
final class DstPolicy {

    private DstPolicy() {
    }

    static Instant resolve(LocalDateTime wall, ZoneRules rules) {
        ZoneOffsetTransition transition = rules.getTransition(wall);
        if (transition == null) {
            return wall.toInstant(rules.getOffset(wall));
        }
        if (transition.isGap()) {
            return transition.getInstant().plus(Duration.between(transition.getDateTimeBefore(), wall));
        }
        return wall.toInstant(transition.getOffsetBefore());
    }
}
