package dev.sluice.deploy.local;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.coordinator.Coordinator;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.deploy.TerseException;
import dev.sluice.embedded.EmbeddedKafka;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Utils;

/**
 * A whole Sluice in this process: an embedded Kafka broker, a coordinator with its HTTP API, and
 * workers of the default pool. All meters go to one registry, which the coordinator serves at
 * {@code /metrics}; each worker's carry a {@code worker} tag so that the workers stay apart.
 */
public final class LocalCluster implements AutoCloseable {

    /** The tag that tells the meters of the workers of one process apart. */
    public static final String WORKER_TAG = "worker";

    /** How long each part may take to stop before the next one is stopped anyway. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedKafka kafka;
    private final Coordinator coordinator;
    private final Path dataDir;
    private final ShutdownSteps steps;

    private LocalCluster(EmbeddedKafka kafka, Coordinator coordinator, Path dataDir, ShutdownSteps steps) {
        this.kafka = kafka;
        this.coordinator = coordinator;
        this.dataDir = dataDir;
        this.steps = steps;
    }

    /**
     * Starts the broker, the coordinator and the workers, and returns once the API answers. A part
     * that fails to start stops the ones started before it.
     */
    public static LocalCluster start(LocalSettings settings, MeterRegistry registry, Clock clock) throws Exception {
        Ports.requireFree(settings.kafkaPort(), "--kafka-port");
        Ports.requireFree(settings.httpPort(), "--http-port");
        ShutdownSteps steps = new ShutdownSteps();
        try {
            Path root = dataRoot(settings.dataDir(), steps);
            EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults()
                    .withPort(settings.kafkaPort()).withDataDir(root.resolve("kafka")));
            steps.add("Kafka", kafka::close);
            Coordinator coordinator = Coordinator.start(CoordinatorSettings
                    .defaults(kafka.bootstrapServers(), root.resolve("coordinator"))
                    .withHttpPort(settings.httpPort()), registry, clock);
            steps.add("the coordinator", () -> coordinator.shutdown().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            HandlerRegistry handlers = HandlerRegistry.discover(LocalCluster.class.getClassLoader());
            for (int i = 1; i <= settings.workers(); i++) {
                String name = "local-worker-" + i;
                Worker worker = Worker.start(WorkerSettings.defaults(kafka.bootstrapServers()).withWorkerId(name),
                        handlers, tagged(registry, name), clock);
                steps.add(name, () -> worker.shutdown().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return new LocalCluster(kafka, coordinator, root, steps);
        } catch (Exception | Error e) {
            steps.runAll();
            throw e;
        }
    }

    /** Kafka's {@code bootstrap.servers} for clients outside this process. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The coordinator's HTTP API, such as {@code http://localhost:8080}. */
    public URI api() {
        return URI.create("http://localhost:" + coordinator.httpPort());
    }

    /** Where Kafka's logs and the coordinator's stores live. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the workers (they finish their batches), then the coordinator, then Kafka. Idempotent. */
    @Override
    public void close() {
        steps.runAll();
    }

    private static MeterRegistry tagged(MeterRegistry registry, String worker) {
        CompositeMeterRegistry tagged = new CompositeMeterRegistry();
        tagged.config().commonTags(WORKER_TAG, worker);
        tagged.add(registry);
        return tagged;
    }

    private static Path dataRoot(Path dataDir, ShutdownSteps steps) throws IOException {
        if (dataDir != null) {
            try {
                return Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new TerseException("cannot use " + dataDir + " as the data directory: " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        Path temp = Files.createTempDirectory("sluice-");
        steps.add("the temporary data directory", () -> delete(temp));
        return temp;
    }

    private static void delete(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
