package dev.sluice.worker;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Checks of settings values; each failure names the field and says what it must be. */
final class Check {

    private Check() {
    }

    static void notNull(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, got " + quoted(value));
        }
    }

    static void matches(String field, String value, String regex, String description) {
        if (value == null || !value.matches(regex)) {
            throw new IllegalArgumentException(field + " must be " + description + ", got " + quoted(value));
        }
    }

    static void atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum + ", got " + value);
        }
    }

    static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration, got " + value);
        }
    }

    static void noneOf(String field, Collection<String> keys, Set<String> forbidden) {
        Set<String> clash = new TreeSet<>(keys);
        clash.retainAll(forbidden);
        if (!clash.isEmpty()) {
            throw new IllegalArgumentException(field + " may not set " + clash + ": the worker sets "
                    + new TreeSet<>(forbidden) + " itself");
        }
    }

    static void port(String field, int value) {
        if (value < -1 || value > 65535) {
            throw new IllegalArgumentException(field + " must be -1 (none), 0 (any free port) or 1-65535, got " + value);
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
