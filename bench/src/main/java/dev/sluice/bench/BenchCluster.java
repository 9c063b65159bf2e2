package dev.sluice.bench;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.Coordinator;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.embedded.EmbeddedKafka;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The embedded broker, one coordinator with its HTTP API on a free port, and in-process workers. */
final class BenchCluster implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final Path stateDir;
    private final Coordinator coordinator;
    private final List<Worker> workers = new ArrayList<>();
    private boolean coordinatorStopped;

    private BenchCluster(EmbeddedKafka kafka, Path stateDir, Coordinator coordinator) {
        this.kafka = kafka;
        this.stateDir = stateDir;
        this.coordinator = coordinator;
    }

    /** Starts the broker and the coordinator; workers come with {@link #startWorkers}. */
    static BenchCluster start(BenchOptions options) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults());
        try {
            Path stateDir = Files.createTempDirectory("sluice-bench-state");
            CoordinatorSettings settings = CoordinatorSettings.defaults(kafka.bootstrapServers(), stateDir)
                    .withHttpPort(0).withCommitInterval(options.commitInterval());
            Coordinator coordinator = Coordinator.start(settings, new SimpleMeterRegistry(), Clock.systemUTC());
            return new BenchCluster(kafka, stateDir, coordinator);
        } catch (Exception | Error e) {
            kafka.close();
            throw e;
        }
    }

    /** Starts {@code options.workers()} workers in this JVM. */
    void startWorkers(BenchOptions options) {
        for (int i = 0; i < options.workers(); i++) {
            WorkerSettings settings = options.workerSettings(bootstrap(), "bench-worker-" + (workers.size() + 1));
            workers.add(Worker.start(settings, HandlerRegistry.discover(getClass().getClassLoader()),
                    new SimpleMeterRegistry(), Clock.systemUTC()));
        }
    }

    /** Stops the in-process workers; their unfinished tasks go to whichever workers remain. */
    void stopWorkers() throws Exception {
        for (Worker worker : workers) {
            worker.shutdown().get(60, TimeUnit.SECONDS);
        }
        workers.clear();
    }

    /** Stops the in-process coordinator, leaving the broker to components in other JVMs. */
    void stopCoordinator() throws Exception {
        if (!coordinatorStopped) {
            coordinatorStopped = true;
            coordinator.shutdown().get(60, TimeUnit.SECONDS);
        }
    }

    String bootstrap() {
        return kafka.bootstrapServers();
    }

    EmbeddedKafka kafka() {
        return kafka;
    }

    Topics topics() {
        return Topics.defaults();
    }

    int httpPort() {
        return coordinator.httpPort();
    }

    @Override
    public void close() throws Exception {
        try {
            stopWorkers();
            stopCoordinator();
        } finally {
            kafka.close();
            deleteQuietly(stateDir);
        }
    }

    /** Deletes {@code dir} and everything in it; a failure is only noted. */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Report.note("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
