package dev.sluice.worker.internal;

import dev.sluice.common.task.WorkerHeartbeat;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Announces the worker on the workers topic at start, every interval, and once more when it stops. */
final class Heartbeats {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    /** How long the last heartbeat may take to be acknowledged before the worker closes anyway. */
    private static final Duration LAST_BEAT_TIMEOUT = Duration.ofSeconds(10);

    private final Reporter reporter;
    private final String workerId;
    private final String pool;
    private final Set<String> operations;
    private final int concurrency;
    private final IntSupplier inFlight;
    private final Clock clock;
    private ScheduledFuture<?> schedule;

    Heartbeats(Reporter reporter, String workerId, String pool, Set<String> operations, int concurrency,
               IntSupplier inFlight, Clock clock) {
        this.reporter = reporter;
        this.workerId = workerId;
        this.pool = pool;
        this.operations = Set.copyOf(operations);
        this.concurrency = concurrency;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /** Sends the first heartbeat now and the next ones every {@code interval}. */
    synchronized void start(ScheduledExecutorService timer, Duration interval) {
        schedule = timer.scheduleAtFixedRate(() -> beat(false), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the regular heartbeats and sends a last one with {@code stopping} set, waiting for its acknowledgement. */
    synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        try {
            beat(true).get(LAST_BEAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The last heartbeat of worker {} was not acknowledged within {}", workerId, LAST_BEAT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private java.util.concurrent.CompletableFuture<Boolean> beat(boolean stopping) {
        return reporter.heartbeat(new WorkerHeartbeat(workerId, pool, operations, concurrency,
                inFlight.getAsInt(), clock.instant(), stopping));
    }
}
