package dev.sluice.it;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap that survives a full collection in this JVM, which here hosts the broker and the
 * coordinator. Garbage does not count: what matters is whether the heap holds what streamed through.
 */
final class HeapProbe {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private long baseline;
    private long peak;

    /** Takes the baseline; later samples are measured against it. */
    void start() {
        baseline = retained();
        peak = baseline;
    }

    /** Collects and records what stays; the largest growth over the baseline so far. */
    synchronized long sample() {
        peak = Math.max(peak, retained());
        return growth();
    }

    /** The largest heap retained after a collection at any sample, less the baseline. */
    synchronized long growth() {
        return peak - baseline;
    }

    long baseline() {
        return baseline;
    }

    /**
     * The heap in use right after full collections. {@code System.gc()} does not always collect:
     * while a thread is inside a JNI critical region (the lz4 codec of Kafka's clients and broker)
     * G1 runs a young collection later instead, and a reading then counts garbage. So only readings
     * taken after a full collection did run count, and the least of three is kept.
     */
    private static long retained() {
        long least = Long.MAX_VALUE;
        int counted = 0;
        for (int attempt = 0; attempt < 20 && counted < 3; attempt++) {
            long before = fullCollections();
            System.gc();
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (fullCollections() > before) {
                least = Math.min(least, used);
                counted++;
            }
        }
        if (counted == 0) {
            throw new IllegalStateException("no full collection ran; the heap cannot be measured");
        }
        return least;
    }

    /** Full collections so far: G1 counts them, and only them, under its old-generation collector. */
    private static long fullCollections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector.getName().contains("Old") || collector.getName().contains("MarkSweep")) {
                count += collector.getCollectionCount();
            }
        }
        return count;
    }
}
