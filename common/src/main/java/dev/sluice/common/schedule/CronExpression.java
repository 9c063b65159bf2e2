package dev.sluice.common.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.sluice.common.request.InvalidRequestException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A cron expression in the Unix dialect: five fields, {@code minute hour day-of-month month day-of-week}.
 *
 * <p>Fields take {@code *}, lists {@code 1,15}, ranges {@code 1-5} and steps {@code *}{@code /15}; months
 * {@code 1-12} or {@code JAN-DEC}; days of week {@code 0-7} (0 and 7 are Sunday) or {@code SUN-SAT}. As in
 * Unix cron, when both day-of-month and day-of-week are restricted a day matches if either does:
 * {@code 0 0 13 * 5} runs on every Friday and on every 13th. The macros {@code @yearly} ({@code @annually}),
 * {@code @monthly}, {@code @weekly}, {@code @daily} ({@code @midnight}) and {@code @hourly} stand for their
 * usual five fields.
 *
 * <p>Six-field expressions with seconds are refused on purpose. Every firing creates a job, so a minute is
 * the finest grain that makes sense; and cron-utils' seconds dialects (Quartz, Spring) match day-of-month
 * and day-of-week with AND rather than Unix's OR, so the same five trailing fields would mean different days
 * depending on whether seconds were given. Quartz extensions ({@code L}, {@code W}, {@code #}, {@code ?})
 * are not part of the Unix dialect and are refused by the parser.
 *
 * <p>The expression knows nothing of time zones: it matches wall-clock times. {@code DstPolicy} turns a
 * matching wall time into an instant in a zone.
 */
public final class CronExpression {

    private static final String FIELDS = "minute hour day-of-month month day-of-week";
    private static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String text;
    private final ExecutionTime times;

    private CronExpression(String text, ExecutionTime times) {
        this.text = text;
        this.times = times;
    }

    /**
     * Parses {@code text}; a rejection names {@code options.schedule} and gives cron-utils' reason.
     * Surrounding blanks are ignored; the text is kept as written for display.
     */
    public static CronExpression parse(String text) throws InvalidRequestException {
        String written = text == null ? "" : text.strip();
        String fields = written.startsWith("@") ? macro(written) : written;
        int count = fields.isEmpty() ? 0 : fields.split("\\s+").length;
        if (count != 5) {
            throw new InvalidRequestException(ScheduleParser.SCHEDULE, "cron expression '" + written + "' has " + count
                    + " fields; expected 5 (" + FIELDS + ")" + (count == 6 ? "; seconds are not supported" : ""));
        }
        try {
            return new CronExpression(written, ExecutionTime.forCron(PARSER.parse(fields)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ScheduleParser.SCHEDULE,
                    "invalid cron expression '" + written + "': " + reason(e));
        }
    }

    private static String macro(String written) throws InvalidRequestException {
        String fields = MACROS.get(written);
        if (fields == null) {
            throw new InvalidRequestException(ScheduleParser.SCHEDULE, "unknown cron macro '" + written
                    + "'; use @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly");
        }
        return fields;
    }

    private static String reason(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = "Failed to parse cron expression. ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The expression as the user wrote it, such as {@code 30 2 * * *} or {@code @daily}. */
    public String text() {
        return text;
    }

    /** The first matching wall time strictly after {@code wall}, or empty when there is none. */
    Optional<LocalDateTime> after(LocalDateTime wall) {
        // In UTC every wall time exists exactly once, so cron-utils' own DST handling never comes into play.
        return times.nextExecution(wall.atZone(ZoneOffset.UTC)).map(t -> t.toLocalDateTime());
    }

    /** The last matching wall time strictly before {@code wall}, or empty when there is none. */
    Optional<LocalDateTime> before(LocalDateTime wall) {
        return times.lastExecution(wall.atZone(ZoneOffset.UTC)).map(t -> t.toLocalDateTime());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronExpression cron && cron.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
