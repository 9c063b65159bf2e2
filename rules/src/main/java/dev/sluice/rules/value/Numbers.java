package dev.sluice.rules.value;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads numbers the way people type them in a spreadsheet. The decimal separator is a point; a
 * comma is accepted only as a thousands separator in groups of three ({@code 1,234.5},
 * {@code -12,000}), because {@code 1,5} or {@code 1.234,5} could mean either of two numbers and a
 * silent guess would corrupt data. Exponents ({@code 1e3}) are read; {@code NaN}, infinities,
 * currency symbols and percent signs are not.
 */
public final class Numbers {

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private Numbers() {
    }

    /** The value as a finite double, or empty when it is blank or not a number. */
    public static OptionalDouble parse(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        }
        String text = Values.text(value);
        if (text == null || !NUMBER.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double d = Double.parseDouble(text.replace(",", ""));
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }
}
