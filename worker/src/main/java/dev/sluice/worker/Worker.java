package dev.sluice.worker;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.worker.internal.WorkerRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * A stateless Sluice worker: it polls its pool's task topics, highest priority first with aging,
 * runs each batch with the handler of its operation on {@code concurrency} threads, publishes a
 * {@code Started} and then a {@code Done} or {@code Failed} report, and commits a task only once its
 * report is acknowledged. A crash therefore means redelivery, never loss.
 *
 * <pre>{@code
 * Worker worker = Worker.start(WorkerSettings.defaults("kafka:9092"),
 *         HandlerRegistry.discover(Worker.class.getClassLoader()), registry, Clock.systemUTC());
 * ...
 * worker.shutdown().join();
 * }</pre>
 */
public final class Worker {

    private final WorkerRuntime runtime;
    private final HealthServer health;
    private CompletableFuture<Void> shutdown; // guarded by this; null until shutdown() is called

    private Worker(WorkerRuntime runtime, HealthServer health) {
        this.runtime = runtime;
        this.health = health;
    }

    /**
     * Starts a worker and returns at once; it joins its consumer group in the background (see
     * {@code /health/ready}). Meters go to {@code registry}; report and heartbeat times come from {@code clock}.
     */
    public static Worker start(WorkerSettings settings, HandlerRegistry handlers, MeterRegistry registry, Clock clock) {
        WorkerRuntime runtime = WorkerRuntime.start(settings, handlers, registry, clock);
        if (settings.httpPort() < 0) {
            return new Worker(runtime, null);
        }
        try {
            return new Worker(runtime, HealthServer.start(settings.httpPort(), registry, runtime::live, runtime::ready));
        } catch (RuntimeException e) {
            runtime.stop().join();
            throw e;
        }
    }

    /**
     * Stops taking tasks and returns a future that completes once the batches in flight have
     * finished (each bounded by its timeout), their reports are published and committed, the last
     * heartbeat says {@code stopping}, and everything is closed. Buffered tasks that had not
     * started stay uncommitted and go to another worker. Calling it again returns the same future.
     */
    public synchronized CompletableFuture<Void> shutdown() {
        if (shutdown == null) {
            shutdown = runtime.stop().whenComplete((ignored, error) -> {
                if (health != null) {
                    health.close();
                }
            });
        }
        return shutdown;
    }

    /** True once the worker has joined its consumer group, until it begins to shut down (as {@code /health/ready}). */
    public boolean ready() {
        return runtime.ready();
    }

    /** Completes when the worker has closed, by {@link #shutdown()} or because its poll loop failed. */
    public CompletableFuture<Void> terminated() {
        return runtime.terminated();
    }

    /** The port of the metrics and health server, or -1 when it has none. */
    public int port() {
        return health == null ? -1 : health.port();
    }
}
