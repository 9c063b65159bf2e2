package dev.sluice.worker;

import dev.sluice.common.topic.Topics;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a worker runs. Start from {@link #defaults(String)} and change what differs with the
 * {@code with...} methods; every value is checked here, and a bad one is refused with its name.
 *
 * @param bootstrapServers  Kafka's {@code bootstrap.servers}; required
 * @param topics            the topic names; default prefix {@code sluice}
 * @param pool              the worker pool: its task topics, and the consumer group {@code <prefix>-workers-<pool>};
 *                          default {@code default}
 * @param concurrency       batches run at once; default the number of available processors
 * @param workerId          this worker's name in reports and heartbeats; default the host name and a random suffix
 * @param heartbeatInterval time between heartbeats on the workers topic; default 2 s
 * @param aging             how long a buffered task may wait before it is taken ahead of higher priorities;
 *                          default 5 s
 * @param consumerOverrides Kafka consumer settings that replace the worker's own, e.g. {@code session.timeout.ms}
 *                          (default 10000 ms) or {@code max.poll.records} (default twice the concurrency, at least 4);
 *                          the settings the worker's guarantees rest on cannot be overridden; default none
 * @param httpPort          port of the metrics and health server: -1 for none, 0 for any free port; default -1
 */
public record WorkerSettings(String bootstrapServers, Topics topics, String pool, int concurrency, String workerId,
                             Duration heartbeatInterval, Duration aging, Map<String, String> consumerOverrides,
                             int httpPort) {

    /** Consumer settings the worker decides: commits follow reports, and tasks are read as committed. */
    public static final Set<String> FIXED_CONSUMER_SETTINGS = Set.of("enable.auto.commit", "isolation.level",
            "group.id", "key.deserializer", "value.deserializer");

    public WorkerSettings {
        Check.notBlank("bootstrapServers", bootstrapServers);
        Check.notNull("topics", topics);
        Check.matches("pool", pool, "[A-Za-z0-9._-]+", "letters, digits, '.', '_' or '-'");
        Check.atLeast("concurrency", concurrency, 1);
        Check.notBlank("workerId", workerId);
        Check.positive("heartbeatInterval", heartbeatInterval);
        Check.positive("aging", aging);
        Check.notNull("consumerOverrides", consumerOverrides);
        Check.noneOf("consumerOverrides", consumerOverrides.keySet(), FIXED_CONSUMER_SETTINGS);
        Check.port("httpPort", httpPort);
        consumerOverrides = Map.copyOf(consumerOverrides);
    }

    /** The defaults, for a cluster at {@code bootstrapServers}. */
    public static WorkerSettings defaults(String bootstrapServers) {
        return new WorkerSettings(bootstrapServers, Topics.defaults(), Topics.DEFAULT_POOL,
                Runtime.getRuntime().availableProcessors(), defaultWorkerId(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Map.of(), -1);
    }

    public WorkerSettings withTopics(Topics topics) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    public WorkerSettings withPool(String pool) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    public WorkerSettings withConcurrency(int concurrency) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    public WorkerSettings withWorkerId(String workerId) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    public WorkerSettings withHeartbeatInterval(Duration heartbeatInterval) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    public WorkerSettings withAging(Duration aging) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    /** Adds one consumer setting to the overrides, replacing an earlier value. */
    public WorkerSettings withConsumerOverride(String key, String value) {
        Map<String, String> merged = new HashMap<>(consumerOverrides);
        merged.put(key, value);
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                merged, httpPort);
    }

    public WorkerSettings withHttpPort(int httpPort) {
        return new WorkerSettings(bootstrapServers, topics, pool, concurrency, workerId, heartbeatInterval, aging,
                consumerOverrides, httpPort);
    }

    private static String defaultWorkerId() {
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
        return hostName() + "-" + suffix;
    }

    private static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "worker";
        }
    }
}
