package dev.sluice.coordinator.pool;

import dev.sluice.common.job.Resources;
import dev.sluice.common.request.Quantities;

/**
 * A set of workers that share task topics, and what one of its workers can give a job.
 *
 * @param name     the pool's name; its topics are {@code sluice.tasks.NAME.PRIORITY} ({@code sluice.tasks.PRIORITY} for default)
 * @param capacity the most cpu and memory one job of this pool may ask for
 */
public record Pool(String name, Resources capacity) {
    public Pool {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("pool name must be 1 to 40 lower-case letters, digits or '-': " + name);
        }
    }

    public String describe() {
        return name + " (cpu " + capacity.cpuMillis() + "m, memory " + Quantities.formatBytes(capacity.memoryBytes()) + ")";
    }
}
