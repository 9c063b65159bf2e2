package dev.sluice.coordinator.decide;

import java.time.Instant;

/**
 * A worker's hold on a batch, from its {@code started} report until its result: the coordinator
 * takes the batch back when the worker goes silent or the batch outlives its timeout unreported.
 */
public record Lease(int batch, int attempt, String workerId, Instant startedAt) {
}
