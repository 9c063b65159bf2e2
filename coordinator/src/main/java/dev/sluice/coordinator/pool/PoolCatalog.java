package dev.sluice.coordinator.pool;

import dev.sluice.common.job.Resources;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.request.Quantities;
import dev.sluice.common.topic.Topics;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The worker pools the coordinator knows; a job goes to the smallest pool that fits what it asks. */
public record PoolCatalog(List<Pool> pools) {

    /** The default pool's capacity when none is configured: 4 cores, 8 GiB. */
    public static final Resources DEFAULT_CAPACITY = new Resources(4000, 8L << 30);

    public PoolCatalog {
        pools = List.copyOf(pools);
        if (pools.stream().noneMatch(p -> p.name().equals(Topics.DEFAULT_POOL))) {
            throw new IllegalArgumentException("the pool catalog must contain a pool named 'default'");
        }
        if (pools.stream().map(Pool::name).distinct().count() != pools.size()) {
            throw new IllegalArgumentException("pool names must be unique");
        }
    }

    public static PoolCatalog defaults() {
        return new PoolCatalog(List.of(new Pool(Topics.DEFAULT_POOL, DEFAULT_CAPACITY)));
    }

    /**
     * The smallest pool (by memory, then cpu) that can give what {@code wanted} asks; a job that asks
     * nothing goes to the default pool.
     */
    public Pool choose(Resources wanted) throws InvalidRequestException {
        if (wanted.equals(Resources.NONE)) {
            return pools.stream().filter(p -> p.name().equals(Topics.DEFAULT_POOL)).findFirst().orElseThrow();
        }
        return pools.stream()
                .filter(p -> p.capacity().fits(wanted))
                .min(Comparator.comparingLong((Pool p) -> p.capacity().memoryBytes())
                        .thenComparingLong(p -> p.capacity().cpuMillis()))
                .orElseThrow(() -> new InvalidRequestException("options.resources",
                        "no worker pool can give cpu " + wanted.cpuMillis() + "m and memory "
                                + Quantities.formatBytes(wanted.memoryBytes()) + "; pools: "
                                + pools.stream().map(Pool::describe).collect(Collectors.joining(", "))));
    }

    /** Reads {@code name:cpu=4000m,memory=8GB}, as the CLI's {@code --pool} takes it. */
    public static Pool parsePool(String text) throws InvalidRequestException {
        String[] nameAndRest = text.split(":", 2);
        long cpu = DEFAULT_CAPACITY.cpuMillis();
        long memory = DEFAULT_CAPACITY.memoryBytes();
        if (nameAndRest.length == 2) {
            for (String part : nameAndRest[1].split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new InvalidRequestException("pool", "expected key=value in '" + part + "'");
                }
                switch (kv[0].trim()) {
                    case "cpu" -> cpu = Quantities.cpuMillis("pool.cpu", kv[1]);
                    case "memory" -> memory = Quantities.memoryBytes("pool.memory", kv[1]);
                    default -> throw new InvalidRequestException("pool", "unknown key '" + kv[0] + "'; use cpu or memory");
                }
            }
        }
        return new Pool(nameAndRest[0].trim(), new Resources(cpu, memory));
    }
}
