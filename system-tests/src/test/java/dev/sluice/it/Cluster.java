package dev.sluice.it;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.Coordinator;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A coordinator and workers on the shared broker, under a topic prefix of their own so that test
 * classes do not see each other's jobs.
 */
final class Cluster implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Topics topics;
    final String bootstrap;
    final int partitions;
    private Path stateDir;
    private Coordinator coordinator;
    private final List<Worker> workers = new ArrayList<>();

    private Cluster(int partitions) throws Exception {
        this.topics = new Topics("it" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
        this.bootstrap = Broker.get().bootstrapServers();
        this.partitions = partitions;
        this.stateDir = Files.createTempDirectory("sluice-it-state");
        startCoordinator();
    }

    static Cluster start(int partitions) throws Exception {
        return new Cluster(partitions);
    }

    CoordinatorSettings coordinatorSettings() {
        return CoordinatorSettings.defaults(bootstrap, stateDir).withTopics(topics)
                .withApplicationId(topics.prefix() + "-coordinator").withPartitions(partitions).withHttpPort(0)
                .withWorkerTimeout(Duration.ofSeconds(5));
    }

    void startCoordinator() throws Exception {
        coordinator = Coordinator.start(coordinatorSettings(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Clock.systemUTC());
    }

    /** Starts the coordinator again on an empty state dir, so that it must restore everything from Kafka. */
    void restartCoordinatorFromKafkaOnly() throws Exception {
        stateDir = Files.createTempDirectory("sluice-it-state");
        startCoordinator();
    }

    void stopCoordinator() throws Exception {
        coordinator.shutdown().get(60, TimeUnit.SECONDS);
    }

    Coordinator coordinator() {
        return coordinator;
    }

    Api api() {
        return new Api(coordinator.httpPort());
    }

    WorkerSettings workerSettings() {
        return WorkerSettings.defaults(bootstrap).withTopics(topics).withConcurrency(2)
                .withHeartbeatInterval(Duration.ofMillis(500)).withAging(Duration.ofSeconds(2))
                .withConsumerOverride("session.timeout.ms", "6000")
                .withConsumerOverride("heartbeat.interval.ms", "1000");
    }

    Worker startWorker(UnaryOperator<WorkerSettings> tweak, HandlerRegistry handlers) {
        Worker worker = Worker.start(tweak.apply(workerSettings()), handlers,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC());
        workers.add(worker);
        return worker;
    }

    Worker startWorker() {
        return startWorker(s -> s, HandlerRegistry.discover(getClass().getClassLoader()));
    }

    @Override
    public void close() throws Exception {
        for (Worker worker : workers) {
            worker.shutdown().get(60, TimeUnit.SECONDS);
        }
        coordinator.shutdown().get(60, TimeUnit.SECONDS);
    }
}
