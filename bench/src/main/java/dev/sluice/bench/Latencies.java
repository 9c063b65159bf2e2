package dev.sluice.bench;

import java.util.Arrays;

/** Latencies recorded in nanoseconds, from any thread; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[64];
    private int size;

    synchronized void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 to 100) in milliseconds; NaN when nothing was recorded. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** {@code p50 1.9 ms  p99 4.1 ms}. */
    String summary() {
        return "p50 " + Report.ms(percentileMs(50)) + "  p99 " + Report.ms(percentileMs(99));
    }
}
