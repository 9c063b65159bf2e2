package dev.sluice.common.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Shorthands for schedule tests. */
final class Schedules {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final ZoneId UTC = ZoneId.of("UTC");

    private Schedules() {
    }

    static CronSchedule cron(String expression, ZoneId zone) {
        try {
            return new CronSchedule(CronExpression.parse(expression), zone, true);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The firings during {@code date} in the schedule's zone: after its first midnight, up to the next one. */
    static List<Instant> firingsOn(CronSchedule schedule, LocalDate date) {
        Instant start = date.atStartOfDay(schedule.zone()).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
        return schedule.firingsBetween(start, end, 10_000);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
