package dev.sluice.rules.value;

import java.util.Locale;

/**
 * Which of the first two numbers of a slashed date such as {@code 03/04/2024} is the month. The
 * default is {@link #MDY}, the US order; a value that does not fit the order is invalid, never read
 * the other way round, so that one column cannot hold dates in two orders without anyone noticing.
 */
public enum DateOrder {
    /** Month first: {@code 03/04/2024} is 4 March 2024. */
    MDY,
    /** Day first: {@code 03/04/2024} is 3 April 2024. */
    DMY;

    /** The order named {@code name} (case-insensitive), or null when there is none. */
    public static DateOrder fromWire(String name) {
        for (DateOrder order : values()) {
            if (order.name().equalsIgnoreCase(name)) {
                return order;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toUpperCase(Locale.ROOT);
    }
}
