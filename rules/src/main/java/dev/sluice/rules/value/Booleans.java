package dev.sluice.rules.value;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads yes/no values. Accepted, ignoring case and surrounding space: {@code true t yes y 1 on}
 * and {@code false f no n 0 off}; JSON booleans and the numbers 1 and 0 too.
 */
public final class Booleans {

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "1", "on");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "0", "off");

    private Booleans() {
    }

    /** The value as a boolean, or empty when it is blank or not one of the words. */
    public static Optional<Boolean> parse(Object value) {
        if (value instanceof Boolean bool) {
            return Optional.of(bool);
        }
        String text = Values.text(value);
        if (text == null) {
            return Optional.empty();
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        return FALSE.contains(word) ? Optional.of(Boolean.FALSE) : Optional.empty();
    }
}
