package dev.sluice.common.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One firing of a schedule, as the instant it happens and as the wall-clock time an operator in the
 * schedule's zone sees, with the offset in force then ({@code 2026-03-08T03:30-04:00[America/New_York]}).
 */
public record Firing(Instant instant, ZonedDateTime wallTime) {

    public Firing {
        if (instant == null || wallTime == null || !wallTime.toInstant().equals(instant)) {
            throw new IllegalArgumentException("the wall time must show the firing's instant");
        }
    }

    public static Firing at(Instant instant, ZoneId zone) {
        return new Firing(instant, instant.atZone(zone));
    }
}
