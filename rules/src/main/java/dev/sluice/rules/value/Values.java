package dev.sluice.rules.value;

/** How record values, which arrive as strings from CSV or as JSON scalars, are read as text. */
public final class Values {

    private Values() {
    }

    /** Null, or a string of only whitespace: the value is not there. A spreadsheet cell holds no null. */
    public static boolean isBlank(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }

    /** The value as trimmed text, or null when {@link #isBlank blank}. */
    public static String text(Object value) {
        return isBlank(value) ? null : String.valueOf(value).trim();
    }
}
