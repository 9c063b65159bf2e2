package dev.sluice.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * An in-process, single-node Apache Kafka cluster in KRaft combined mode (one process is both
 * broker and controller), meant for development and tests.
 *
 * <p>Defaults suited to one node: every replication factor and min ISR is 1, new topics get 1
 * partition, topics are not auto-created, the initial consumer group rebalance delay is 0 and
 * the minimum group session timeout is 1 s. Clients connect with PLAINTEXT to
 * {@code 127.0.0.1:port}. Any server setting can be replaced through {@link Settings#overrides()}.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults())) {
 *     kafka.createTopics(3, "jobs");
 *     // connect clients to kafka.bootstrapServers()
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** How long {@link #start} and {@link #createTopics} wait before giving up. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * How to run the broker.
     *
     * @param port      the client (PLAINTEXT) port on 127.0.0.1; 0 picks a free port
     * @param dataDir   where the logs live; {@code null} uses a fresh temporary directory that is
     *                  deleted on {@link #close()}. An existing directory is reused with its data.
     * @param overrides Kafka server settings that replace the defaults, e.g. {@code num.partitions}
     */
    public record Settings(int port, Path dataDir, Map<String, String> overrides) {

        public Settings {
            overrides = Map.copyOf(overrides);
        }

        /** A free port, a temporary data directory and no overrides. */
        public static Settings defaults() {
            return new Settings(0, null, Map.of());
        }

        /** Listens for clients on {@code port} (0 picks a free one). */
        public Settings withPort(int port) {
            return new Settings(port, dataDir, overrides);
        }

        /** Keeps data in {@code dataDir}, which survives {@link #close()} and is reused on the next start. */
        public Settings withDataDir(Path dataDir) {
            return new Settings(port, dataDir, overrides);
        }

        /** Sets the Kafka server setting {@code key} to {@code value}, replacing any default. */
        public Settings withOverride(String key, String value) {
            Map<String, String> merged = new HashMap<>(overrides);
            merged.put(key, value);
            return new Settings(port, dataDir, merged);
        }
    }

    private final KafkaRaftServer server;
    private final ClusterAdmin admin;
    private final int port;
    private final Path tempDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(KafkaRaftServer server, ClusterAdmin admin, int port, Path tempDir) {
        this.server = server;
        this.admin = admin;
        this.port = port;
        this.tempDir = tempDir;
    }

    /**
     * Formats the storage if it is new, starts the broker and returns once it answers client
     * requests.
     *
     * @throws IllegalStateException if the broker does not become ready within {@link #TIMEOUT}
     */
    public static EmbeddedKafka start(Settings settings) {
        Path tempDir = settings.dataDir() == null ? createTempDir() : null;
        Path dataDir = tempDir != null ? tempDir : settings.dataDir();
        int port = settings.port() == 0 ? FreePorts.pick() : settings.port();
        var config = new KafkaConfig(BrokerProperties.of(port, FreePorts.pick(), dataDir, settings.overrides()));
        KafkaRaftServer server = null;
        try {
            Storage.formatIfNeeded(config);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            var admin = new ClusterAdmin(bootstrapServers(port), TIMEOUT);
            var kafka = new EmbeddedKafka(server, admin, port, tempDir);
            awaitReady(kafka);
            return kafka;
        } catch (RuntimeException e) {
            stop(server);
            deleteIfPresent(tempDir);
            throw e;
        }
    }

    private static void awaitReady(EmbeddedKafka kafka) {
        try {
            kafka.admin.awaitReady();
        } catch (RuntimeException e) {
            kafka.admin.close();
            throw new IllegalStateException("Embedded Kafka on " + kafka.bootstrapServers()
                    + " did not accept requests within " + TIMEOUT, e);
        }
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    /** The client (PLAINTEXT) port. */
    public int port() {
        return port;
    }

    /**
     * Creates topics with replication factor 1 and waits until every partition has a leader.
     * Topics that already exist are left as they are.
     */
    public void createTopics(int partitions, String... names) {
        admin.createTopics(partitions, names);
    }

    /** Shuts the broker down, waits for it, and deletes the data directory if it was temporary. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        admin.close();
        stop(server);
        deleteIfPresent(tempDir);
    }

    private static String bootstrapServers(int port) {
        return BrokerProperties.HOST + ":" + port;
    }

    private static void stop(KafkaRaftServer server) {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("sluice-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a data directory for Kafka", e);
        }
    }

    private static void deleteIfPresent(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
