package dev.sluice.bench;

import java.util.Locale;

/** The result table on stdout: one labelled row per measurement, and number formats. */
final class Report {

    private static final int LABEL_WIDTH = 36;

    private Report() {
    }

    static void row(String label, String figures) {
        System.out.printf(Locale.ROOT, "%-" + LABEL_WIDTH + "s %s%n", label, figures);
        System.out.flush();
    }

    /** A progress note, on stderr so that stdout holds only the table. */
    static void note(String message) {
        System.err.println("[bench] " + message);
    }

    /** Milliseconds: one decimal below 10 ms, whole above. */
    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    /** A rate with a k or M suffix: {@code 812k}. */
    static String rate(double perSecond) {
        if (perSecond >= 10_000_000) {
            return String.format(Locale.ROOT, "%.0fM", perSecond / 1e6);
        }
        if (perSecond >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
        }
        if (perSecond >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    /** A count with a k or M suffix when it is round: {@code 10k}, {@code 1M}, {@code 1234}. */
    static String count(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        return n >= 1_000 && n % 1_000 == 0 ? n / 1_000 + "k" : Long.toString(n);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }

    /** {@code 10k job 180 MB (150 MB after GC), 1M job ...}: the peaks over a small and a large job. */
    static String heap(long smallJob, HeapMeter.Peak small, long largeJob, HeapMeter.Peak large) {
        return count(smallJob) + " job " + mb(small.used()) + " (" + mb(small.afterGc()) + " after GC), "
                + count(largeJob) + " job " + mb(large.used()) + " (" + mb(large.afterGc()) + " after GC)";
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
