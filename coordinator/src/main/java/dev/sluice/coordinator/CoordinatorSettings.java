package dev.sluice.coordinator;

import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.pool.PoolCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How a coordinator runs.
 *
 * @param bootstrapServers  Kafka to use, {@code host:port[,host:port]}
 * @param topics            topic names; prefix {@code sluice} by default
 * @param partitions        partitions of the requests, events and results topics when Sluice creates them (default 6);
 *                          more partitions let more coordinator instances share the work
 * @param replicationFactor replication of the topics Sluice creates; -1 uses the broker's default
 * @param pools             the worker pools jobs are routed to
 * @param applicationId     the Kafka Streams application id, shared by all coordinator instances (default {@code sluice-coordinator})
 * @param stateDir          where RocksDB stores live; they are caches of Kafka and may be deleted
 * @param httpPort          port of the HTTP API; 0 picks a free one, -1 serves none (default 8080)
 * @param commitInterval    how often the Streams transaction commits (default 5 ms); shorter is faster to
 *                          react, longer is cheaper
 * @param tick              how often timers are checked: timeouts, and jobs waiting for a worker (default 250 ms)
 * @param workerTimeout     how long a worker counts as live after its last heartbeat (default 10 s)
 * @param overrides         extra Kafka Streams properties, applied last
 */
public record CoordinatorSettings(String bootstrapServers, Topics topics, int partitions, short replicationFactor,
                                  PoolCatalog pools, String applicationId, Path stateDir, int httpPort,
                                  Duration commitInterval, Duration tick, Duration workerTimeout,
                                  Map<String, String> overrides) {

    public CoordinatorSettings {
        require(bootstrapServers != null && !bootstrapServers.isBlank(), "bootstrapServers is required");
        require(partitions >= 1, "partitions must be at least 1");
        require(replicationFactor == -1 || replicationFactor >= 1, "replicationFactor must be -1 or at least 1");
        require(httpPort >= -1 && httpPort <= 65535, "httpPort must be -1, 0 or a port");
        require(stateDir != null, "stateDir is required");
        overrides = Map.copyOf(overrides);
    }

    public static CoordinatorSettings defaults(String bootstrapServers, Path stateDir) {
        return new CoordinatorSettings(bootstrapServers, Topics.defaults(), 6, (short) -1, PoolCatalog.defaults(),
                "sluice-coordinator", stateDir, 8080, Duration.ofMillis(5), Duration.ofMillis(250),
                Duration.ofSeconds(10), Map.of());
    }

    public CoordinatorSettings withHttpPort(int port) {
        return new CoordinatorSettings(bootstrapServers, topics, partitions, replicationFactor, pools, applicationId,
                stateDir, port, commitInterval, tick, workerTimeout, overrides);
    }

    public CoordinatorSettings withTopics(Topics names) {
        return new CoordinatorSettings(bootstrapServers, names, partitions, replicationFactor, pools, applicationId,
                stateDir, httpPort, commitInterval, tick, workerTimeout, overrides);
    }

    public CoordinatorSettings withApplicationId(String id) {
        return new CoordinatorSettings(bootstrapServers, topics, partitions, replicationFactor, pools, id,
                stateDir, httpPort, commitInterval, tick, workerTimeout, overrides);
    }

    public CoordinatorSettings withPartitions(int count) {
        return new CoordinatorSettings(bootstrapServers, topics, count, replicationFactor, pools, applicationId,
                stateDir, httpPort, commitInterval, tick, workerTimeout, overrides);
    }

    public CoordinatorSettings withPools(PoolCatalog catalog) {
        return new CoordinatorSettings(bootstrapServers, topics, partitions, replicationFactor, catalog, applicationId,
                stateDir, httpPort, commitInterval, tick, workerTimeout, overrides);
    }

    public CoordinatorSettings withWorkerTimeout(Duration timeout) {
        return new CoordinatorSettings(bootstrapServers, topics, partitions, replicationFactor, pools, applicationId,
                stateDir, httpPort, commitInterval, tick, timeout, overrides);
    }

    public CoordinatorSettings withCommitInterval(Duration interval) {
        return new CoordinatorSettings(bootstrapServers, topics, partitions, replicationFactor, pools, applicationId,
                stateDir, httpPort, interval, tick, workerTimeout, overrides);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
