package dev.sluice.it;

import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.worker.handlers.SyntheticHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The synthetic handler, watched: it records for each job how many of its batches ran at once at
 * most, and the order in which jobs' batches started. Shared by all in-process workers of a test.
 */
final class ProbeHandler implements BatchHandler {

    private final SyntheticHandler delegate = new SyntheticHandler();
    final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> mostAtOnce = new ConcurrentHashMap<>();
    final List<String> starts = new CopyOnWriteArrayList<>();

    @Override
    public String operation() {
        return delegate.operation();
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        starts.add(batch.jobId());
        int now = running.computeIfAbsent(batch.jobId(), id -> new AtomicInteger()).incrementAndGet();
        mostAtOnce.computeIfAbsent(batch.jobId(), id -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        try {
            return delegate.run(batch, context);
        } finally {
            running.get(batch.jobId()).decrementAndGet();
        }
    }

    int mostAtOnce(String jobId) {
        AtomicInteger most = mostAtOnce.get(jobId);
        return most == null ? 0 : most.get();
    }
}
