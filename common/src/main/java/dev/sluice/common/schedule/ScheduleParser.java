package dev.sluice.common.schedule;

import dev.sluice.common.request.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code options.schedule}, {@code options.timezone} and {@code options.recurring} into a {@link Schedule}. */
final class ScheduleParser {

    static final String SCHEDULE = "options.schedule";
    static final String TIMEZONE = "options.timezone";
    static final ZoneId UTC = ZoneId.of("UTC");

    /** A cron field never starts with a four-digit year and a dash, so this tells the two forms apart. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ScheduleParser() {
    }

    static Schedule parse(String schedule, String timezone, boolean recurring, Instant now)
            throws InvalidRequestException {
        ZoneId zone = zone(timezone);
        String text = schedule == null ? "immediate" : schedule.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException(SCHEDULE,
                    "is empty; use \"immediate\", an ISO-8601 time or a cron expression");
        }
        if (text.equals("immediate")) {
            refuseRecurring(recurring, "\"immediate\"");
            return new Immediate();
        }
        if (ISO_DATE.matcher(text).matches()) {
            refuseRecurring(recurring, "a one-off time");
            return oneOff(text, zone, now);
        }
        CronSchedule cron = new CronSchedule(CronExpression.parse(text), zone, recurring);
        if (cron.next(now).isEmpty()) {
            throw new InvalidRequestException(SCHEDULE, "cron expression '" + text + "' never fires");
        }
        return cron;
    }

    static ZoneId zone(String name) throws InvalidRequestException {
        if (name == null) {
            return UTC;
        }
        if (!ZONES.contains(name)) {
            throw new InvalidRequestException(TIMEZONE,
                    "unknown time zone '" + name + "'; use an IANA name such as America/New_York or UTC");
        }
        return ZoneId.of(name);
    }

    private static void refuseRecurring(boolean recurring, String given) throws InvalidRequestException {
        if (recurring) {
            throw new InvalidRequestException(SCHEDULE,
                    "recurring: true needs a cron expression such as \"0 2 * * *\", not " + given);
        }
    }

    private static OneOff oneOff(String text, ZoneId zone, Instant now) throws InvalidRequestException {
        Instant at = instant(text, zone);
        if (at.isBefore(now)) {
            throw new InvalidRequestException(SCHEDULE, text + " is in the past (now is " + now
                    + "); give a future time, or \"immediate\"");
        }
        return new OneOff(at);
    }

    private static Instant instant(String text, ZoneId zone) throws InvalidRequestException {
        try {
            TemporalAccessor parsed =
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof LocalDateTime wall
                    ? DstPolicy.resolve(wall, zone.getRules())
                    : ((ZonedDateTime) parsed).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(SCHEDULE,
                    "is not an ISO-8601 time such as 2026-12-01T09:00:00Z: " + e.getMessage());
        }
    }
}
