package dev.sluice.rules.value;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Date readers. {@link #common(DateOrder)} knows the formats people and programs write, each
 * recognised by its shape first so that no two formats compete for one text:
 * <ul>
 *   <li>ISO-8601: {@code 2024-03-05}; a date-time ({@code 2024-03-05T10:15:00}, with {@code Z} or an
 *       offset, or a space instead of {@code T}) gives its date as written, without moving zones</li>
 *   <li>{@code yyyy/MM/dd}: {@code 2024/03/05}, {@code 2024/3/5}</li>
 *   <li>slashed, in the {@link DateOrder}: {@code 03/05/2024} (MDY, the default) or {@code 05/03/2024} (DMY)</li>
 *   <li>dotted, always day first: {@code 05.03.2024}</li>
 *   <li>{@code d MMM yyyy} and {@code d-MMM-yyyy}, short or full English month names, any case:
 *       {@code 5 Mar 2024}, {@code 5 March 2024}, {@code 05-mar-2024}</li>
 *   <li>{@code MMM d, yyyy}: {@code Mar 5, 2024}, {@code March 5 2024}</li>
 *   <li>epoch milliseconds, 12 or 13 digits (1973 to 2286), read as a UTC date</li>
 * </ul>
 * Years have four digits; two-digit years are refused rather than guessed. Dates are checked
 * strictly: {@code 02/30/2024} is invalid, not 1 March.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("\\d{1,2}[ -][A-Za-z]{3,9}\\.?[ -]\\d{4}");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,13}");

    private static final DateTimeFormatter YEAR_SLASH = strict("uuuu/M/d");
    private static final DateTimeFormatter MONTH_FIRST = strict("M/d/uuuu");
    private static final DateTimeFormatter DAY_FIRST = strict("d/M/uuuu");
    private static final DateTimeFormatter DAY_DOT = strict("d.M.uuuu");
    private static final List<DateTimeFormatter> DAY_NAMED = List.of(strict("d MMM uuuu"), strict("d MMMM uuuu"));
    private static final List<DateTimeFormatter> NAMED_DAY = List.of(strict("MMM d uuuu"), strict("MMMM d uuuu"));

    private Dates() {
    }

    /** The common formats above, with slashed dates read in {@code order}. */
    public static DateReader common(DateOrder order) {
        DateTimeFormatter slashed = order == DateOrder.DMY ? DAY_FIRST : MONTH_FIRST;
        return value -> readCommon(value, slashed);
    }

    /**
     * Exactly one {@link DateTimeFormatter} pattern, such as {@code dd/MM/yyyy}, read strictly in
     * English; a value in any other format is not a date.
     *
     * @throws IllegalArgumentException when the pattern is malformed or names no day, month and year
     */
    public static DateReader pattern(String pattern) {
        DateTimeFormatter formatter = strict(pattern);
        try {
            formatter.parse(formatter.format(LocalDate.of(2024, 3, 5)), LocalDate::from);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern such as dd/MM/yyyy:"
                    + " it must name a day, a month and a year and nothing finer", e);
        }
        return value -> {
            String text = Values.text(value);
            return text == null ? Optional.empty() : parse(text, formatter);
        };
    }

    private static Optional<LocalDate> readCommon(Object value, DateTimeFormatter slashed) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        String text = Values.text(value);
        if (text == null) {
            return Optional.empty();
        }
        if (ISO_DATE.matcher(text).matches()) {
            return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (ISO_DATE_TIME.matcher(text).matches()) {
            return isoDateTime(text.replace(' ', 'T'));
        }
        if (YEAR_FIRST.matcher(text).matches()) {
            return parse(text, YEAR_SLASH);
        }
        if (SLASHED.matcher(text).matches()) {
            return parse(text, slashed);
        }
        if (DOTTED.matcher(text).matches()) {
            return parse(text, DAY_DOT);
        }
        if (DAY_MONTH_NAME.matcher(text).matches()) {
            return firstOf(text.replace('-', ' ').replace(".", ""), DAY_NAMED);
        }
        if (MONTH_NAME_DAY.matcher(text).matches()) {
            return firstOf(text.replace(",", "").replace(".", ""), NAMED_DAY);
        }
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)).atZone(ZoneOffset.UTC).toLocalDate());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> isoDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toLocalDate());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    private static Optional<LocalDate> firstOf(String text, List<DateTimeFormatter> formatters) {
        for (DateTimeFormatter formatter : formatters) {
            Optional<LocalDate> date = parse(text, formatter);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter formatter) {
        try {
            return Optional.of(formatter.parse(text, LocalDate::from));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Strict, English and case-insensitive; {@code yyyy} (year of era) works without an era in the text. */
    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
