package dev.sluice.bench;

import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.Coordinator;
import dev.sluice.coordinator.CoordinatorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A coordinator in a JVM of its own, with its HTTP API on a free port, driven over stdin and stdout
 * as {@link ChildJvm} describes: {@code ready} carries the port. It shuts down when stdin closes and
 * deletes its state directory. Arguments: bootstrap servers, topic prefix, Streams application id,
 * and the commit interval in ms.
 */
public final class CoordinatorMain {

    private CoordinatorMain() {
    }

    /**
     * Starts a coordinator JVM on the topics under {@code topics}, as application {@code applicationId}:
     * both apart from the bench's own coordinator, which would otherwise share its work.
     */
    static ChildJvm launch(String bootstrap, BenchOptions options, Topics topics, String applicationId) throws IOException {
        return ChildJvm.start("coordinator", CoordinatorMain.class, List.of(bootstrap, topics.prefix(), applicationId,
                Long.toString(options.commitInterval().toMillis())));
    }

    /** The HTTP port a coordinator JVM serves its API on. */
    static int httpPort(ChildJvm coordinator) {
        return Integer.parseInt(coordinator.details());
    }

    public static void main(String[] args) throws Exception {
        Path stateDir = Files.createTempDirectory("sluice-bench-coordinator");
        try (HeapMeter meter = new HeapMeter()) {
            CoordinatorSettings settings = CoordinatorSettings.defaults(args[0], stateDir).withTopics(new Topics(args[1]))
                    .withApplicationId(args[2]).withCommitInterval(Duration.ofMillis(Long.parseLong(args[3]))).withHttpPort(0);
            Coordinator coordinator = Coordinator.start(settings, new SimpleMeterRegistry(), Clock.systemUTC());
            ChildJvm.serve(Integer.toString(coordinator.httpPort()), meter);
            coordinator.shutdown().get(60, TimeUnit.SECONDS);
        } finally {
            BenchCluster.deleteQuietly(stateDir);
        }
        System.exit(0);
    }
}
