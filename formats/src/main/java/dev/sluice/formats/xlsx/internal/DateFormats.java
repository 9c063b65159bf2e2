package dev.sluice.formats.xlsx.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a date from a number. XLSX has no date type: a date is a number of days since 1900 (or 1904)
 * whose cell has a date format, either a built-in one by id or a format code such as
 * {@code yyyy-mm-dd hh:mm}. Elapsed-time formats ({@code [h]:mm:ss}) show durations, not times of
 * day, and stay numbers.
 */
final class DateFormats {
    /** Quoted text, escaped characters, padding and fill: shown literally, never date parts. */
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|_.|\\*.");
    /** Colours, conditions and locales such as {@code [Red]}, {@code [>100]}, {@code [$-409]}. */
    private static final Pattern BRACKETS = Pattern.compile("\\[[^]]*]");
    private static final Pattern ELAPSED = Pattern.compile("\\[(h+|m+|s+)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRACTION_OF_SECONDS = Pattern.compile("(?<=s)\\.0+");
    private static final Pattern AM_PM = Pattern.compile("am/pm|a/p");

    private DateFormats() {
    }

    static DateKind of(Integer formatId, String formatCode) {
        if (formatId != null) {
            DateKind builtIn = builtIn(formatId);
            if (builtIn != null) {
                return builtIn;
            }
        }
        return formatCode == null ? DateKind.NONE : ofCode(formatCode);
    }

    /** The built-in formats of ECMA-376 18.8.30 that show dates or times; null for the others. */
    private static DateKind builtIn(int id) {
        if (id >= 14 && id <= 17) {
            return DateKind.DATE;
        }
        if (id >= 18 && id <= 21 || id == 45 || id == 47) {
            return DateKind.TIME;
        }
        if (id == 22) {
            return DateKind.DATE_TIME;
        }
        return id == 46 ? DateKind.NONE : null;
    }

    private static DateKind ofCode(String code) {
        String section = firstSection(code);
        if (ELAPSED.matcher(section).find()) {
            return DateKind.NONE;
        }
        String parts = BRACKETS.matcher(LITERALS.matcher(section).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        parts = AM_PM.matcher(FRACTION_OF_SECONDS.matcher(parts).replaceAll("")).replaceAll("");
        if (parts.matches(".*[0#?@].*") || parts.contains("general")) {
            return DateKind.NONE;
        }
        boolean time = parts.indexOf('h') >= 0 || parts.indexOf('s') >= 0;
        // Without hours or seconds, m is a month ("mmm yyyy"); beside them, a minute.
        boolean date = parts.indexOf('y') >= 0 || parts.indexOf('d') >= 0 || !time && parts.indexOf('m') >= 0;
        if (date) {
            return time ? DateKind.DATE_TIME : DateKind.DATE;
        }
        return time ? DateKind.TIME : DateKind.NONE;
    }

    /** The format for positive numbers: the text before the first {@code ;} outside quotes. */
    private static String firstSection(String code) {
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == ';' && !quoted) {
                return code.substring(0, i);
            }
        }
        return code;
    }
}
