package dev.sluice.it;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.topic.Topics;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/** A worker in a JVM of its own, for tests that kill it. Args: bootstrap, topic prefix, worker id. */
public final class WorkerProcess {

    private WorkerProcess() {
    }

    public static void main(String[] args) throws Exception {
        WorkerSettings settings = WorkerSettings.defaults(args[0]).withTopics(new Topics(args[1])).withWorkerId(args[2])
                .withConcurrency(2).withHeartbeatInterval(Duration.ofMillis(500))
                .withConsumerOverride("session.timeout.ms", "6000").withConsumerOverride("heartbeat.interval.ms", "1000");
        Worker worker = Worker.start(settings, HandlerRegistry.discover(WorkerProcess.class.getClassLoader()),
                new SimpleMeterRegistry(), Clock.systemUTC());
        // As `sluice worker` does: SIGTERM finishes the batches in flight before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                worker.shutdown().get(60, java.util.concurrent.TimeUnit.SECONDS);
                System.out.println("worker stopped cleanly");
            } catch (Exception e) {
                System.out.println("worker did not stop cleanly: " + e);
            }
            System.out.flush();
        }));
        System.out.println("worker started");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Starts one as a child process of the test JVM, on the test's class path. */
    static Process spawn(Cluster cluster, String workerId) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, WorkerProcess.class.getName(),
                cluster.bootstrap, cluster.topics.prefix(), workerId)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File("target/worker-" + workerId + ".log"))).start();
    }
}
