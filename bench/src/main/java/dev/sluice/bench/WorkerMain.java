package dev.sluice.bench;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.topic.Topics;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A worker in a JVM of its own, driven over stdin and stdout as {@link ChildJvm} describes; it
 * shuts down when stdin closes. Arguments: bootstrap servers, worker id, concurrency,
 * {@code fetch.max.wait.ms} (-1 for the default) and the topic prefix.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    /** Starts a worker JVM with the bench's worker settings, on the topics under {@code topics}. */
    static ChildJvm launch(String bootstrap, BenchOptions options, String workerId, Topics topics) throws IOException {
        return ChildJvm.start(workerId, WorkerMain.class, List.of(bootstrap, workerId,
                Integer.toString(options.concurrency()), Integer.toString(options.fetchWaitMs()), topics.prefix()));
    }

    public static void main(String[] args) throws Exception {
        try (HeapMeter meter = new HeapMeter()) {
            BenchOptions options = BenchOptions.parse("--concurrency", args[2], "--worker-fetch-wait-ms", args[3]);
            WorkerSettings settings = options.workerSettings(args[0], args[1]).withTopics(new Topics(args[4]));
            Worker worker = Worker.start(settings, HandlerRegistry.discover(WorkerMain.class.getClassLoader()),
                    new SimpleMeterRegistry(), Clock.systemUTC());
            ChildJvm.serve("", meter);
            worker.shutdown().get(60, TimeUnit.SECONDS);
        }
        System.exit(0);
    }
}
