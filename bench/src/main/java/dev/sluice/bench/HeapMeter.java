package dev.sluice.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of this JVM since the last {@link #reset()}, two ways: the most heap in use
 * (sampled every 5 ms, garbage included, so it mostly shows how lazily the collector runs) and
 * the most heap still in use right after a collection, which is what the process really keeps.
 */
final class HeapMeter implements AutoCloseable {

    /** Peaks in bytes. */
    record Peak(long used, long afterGc) {
    }

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final NotificationListener onGc = this::onGc;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    HeapMeter() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(onGc, null, null);
        }
        sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
    }

    /** Collects garbage and starts counting peaks from what remains. */
    void reset() {
        System.gc();
        long now = memory.getHeapMemoryUsage().getUsed();
        peakUsed.set(now);
        peakAfterGc.set(now);
    }

    Peak peak() {
        sample();
        return new Peak(peakUsed.get(), peakAfterGc.get());
    }

    private void sample() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            after += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
        }
        peakAfterGc.accumulateAndGet(after, Math::max);
    }

    @Override
    public void close() throws Exception {
        sampler.shutdownNow();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).removeNotificationListener(onGc);
        }
    }
}
