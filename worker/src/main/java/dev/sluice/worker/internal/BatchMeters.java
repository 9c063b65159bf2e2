package dev.sluice.worker.internal;

import dev.sluice.common.task.TaskReport;
import dev.sluice.worker.WorkerMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker's meters on the injected registry, all tagged with the pool. */
final class BatchMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final String pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Meter> gauges;

    BatchMeters(MeterRegistry registry, String pool, int concurrency) {
        this.registry = registry;
        this.pool = pool;
        this.gauges = List.of(
                Gauge.builder(WorkerMetrics.IN_FLIGHT, inFlight, AtomicInteger::get)
                        .description("Batches running now").tag(WorkerMetrics.POOL, pool).register(registry),
                Gauge.builder(WorkerMetrics.CONCURRENCY, () -> concurrency)
                        .description("Batches the worker runs at once at most").tag(WorkerMetrics.POOL, pool)
                        .register(registry));
    }

    void started() {
        inFlight.incrementAndGet();
    }

    void ended() {
        inFlight.decrementAndGet();
    }

    /** Batches running now. */
    int inFlight() {
        return inFlight.get();
    }

    void record(String operation, Outcome outcome) {
        String op = String.valueOf(operation);
        Counter.builder(WorkerMetrics.BATCHES).description("Batches ended")
                .tags(WorkerMetrics.POOL, pool, WorkerMetrics.OPERATION, op, WorkerMetrics.OUTCOME, outcome.kind().tag())
                .register(registry).increment();
        Timer.builder(WorkerMetrics.BATCH_DURATION).description("How long batches ran")
                .tags(WorkerMetrics.POOL, pool, WorkerMetrics.OPERATION, op)
                .register(registry).record(outcome.took());
        if (outcome.report() instanceof TaskReport.Done done) {
            Counter.builder(WorkerMetrics.RECORDS).description("Records processed by completed batches")
                    .tags(WorkerMetrics.POOL, pool, WorkerMetrics.OPERATION, op)
                    .register(registry).increment(done.records());
        }
    }

    /** Removes the gauges, which would otherwise report this worker's last values forever. */
    @Override
    public void close() {
        gauges.forEach(registry::remove);
    }
}
