package dev.sluice.common.task;

import java.time.Instant;
import java.util.Set;

/**
 * A worker's announcement of itself on {@code sluice.workers}, sent when it starts and then
 * every few seconds; {@code stopping} is set by its last one.
 *
 * @param operations  the operations its handlers run
 * @param concurrency batches it runs at once
 * @param inFlight    batches it runs now
 */
public record WorkerHeartbeat(String workerId, String pool, Set<String> operations, int concurrency,
                              int inFlight, Instant at, boolean stopping) {
    public WorkerHeartbeat {
        operations = Set.copyOf(operations);
    }

    /** True when this worker can be counted on at {@code now}, given how long a heartbeat stays valid. */
    public boolean alive(Instant now, java.time.Duration validFor) {
        return !stopping && !at.plus(validFor).isBefore(now);
    }
}
