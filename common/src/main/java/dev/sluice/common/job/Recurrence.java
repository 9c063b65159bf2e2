package dev.sluice.common.job;

import java.time.Instant;

/**
 * Where a recurring schedule stands.
 *
 * @param lastFired the firing time of its newest run, or null before the first
 * @param nextRunAt its next firing time, or null when it will not fire again
 * @param runs      runs it has started
 * @param paused    true while it starts no runs
 */
public record Recurrence(Instant lastFired, Instant nextRunAt, int runs, boolean paused) {
}
