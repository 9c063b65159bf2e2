package dev.sluice.deploy.console;

import java.util.Locale;

/** Short human forms of byte counts, in decimal units: {@code 812 B}, {@code 1.5 kB}, {@code 7.4 MB}, {@code 2.1 GB}. */
public final class Sizes {

    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private Sizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1000) {
            return Math.max(0, bytes) + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
