package dev.sluice.worker.handlers;

import java.util.Locale;
import java.util.Optional;

/** Whether a file is within {@code maxFileSize}; if not, by how much, in words a person reads. */
final class SizeCheck {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private SizeCheck() {
    }

    /** What is wrong with a file of {@code size} bytes given {@code max} (null: no limit); empty when it fits. */
    static Optional<String> problem(long size, Long max) {
        if (max == null || size <= max) {
            return Optional.empty();
        }
        return Optional.of("file is " + human(size) + " (" + size + " bytes), over maxFileSize " + human(max)
                + " (" + max + " bytes)");
    }

    /** Bytes in the largest unit (powers of 1024, as config sizes are read) that keeps at least 1, to one decimal. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1023.95 && unit < UNITS.length - 1) { // 1023.95 KB would print as 1024 KB: say 1 MB
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + UNITS[unit];
    }
}
