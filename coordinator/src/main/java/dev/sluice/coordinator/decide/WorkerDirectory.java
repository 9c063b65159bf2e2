package dev.sluice.coordinator.decide;

import java.time.Instant;
import java.util.Optional;

/** What the coordinator knows of live workers, from their heartbeats. */
public interface WorkerDirectory {

    /** Why no live worker of {@code pool} can run {@code operation} at {@code now}, or empty when one can. */
    Optional<String> unavailable(String pool, String operation, Instant now);
}
