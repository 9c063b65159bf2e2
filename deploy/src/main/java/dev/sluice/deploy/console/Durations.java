package dev.sluice.deploy.console;

import java.time.Duration;
import java.util.Locale;

/** Short human forms of durations: {@code 0.4s}, {@code 12.3s}, {@code 2m 05s}, {@code 1h 02m}. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%d.%ds", millis / 1000, millis % 1000 / 100);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
