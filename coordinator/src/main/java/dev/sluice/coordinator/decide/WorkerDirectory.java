package dev.sluice.coordinator.decide;

import java.time.Instant;
import java.util.Optional;

/** What the coordinator knows of live workers, from their heartbeats. */
public interface WorkerDirectory {

    /** Why no live worker of {@code pool} can run {@code operation} at {@code now}, or empty when one can. */
    Optional<String> unavailable(String pool, String operation, Instant now);

    /**
     * How long {@code workerId} has not been heard from at {@code now}, when that is longer than a
     * heartbeat stays valid: the worker is gone (killed, partitioned, hung), and so are its leases.
     * Empty while it is heard from, stopping or not.
     */
    Optional<java.time.Duration> silentFor(String workerId, Instant now);
}
