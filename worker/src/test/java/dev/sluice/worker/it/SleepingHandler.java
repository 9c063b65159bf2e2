package dev.sluice.worker.it;

import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only operation {@code sleep}: a handler whose work is to sleep {@code config.sleepMs}
 * milliseconds, standing for slow work. It counts the batches that were interrupted.
 */
final class SleepingHandler implements BatchHandler {

    static final String OPERATION = "sleep";

    final AtomicInteger interrupted = new AtomicInteger();

    static Map<String, Object> sleeping(long millis) {
        return Map.of("sleepMs", millis);
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws InterruptedException {
        try {
            Thread.sleep(((Number) batch.config().get("sleepMs")).longValue());
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            throw e;
        }
        return new BatchResult(1, 0);
    }
}
