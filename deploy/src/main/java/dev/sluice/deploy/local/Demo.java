package dev.sluice.deploy.local;

import dev.sluice.deploy.client.ApiClient;
import dev.sluice.deploy.console.Durations;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code sluice demo}: starts a {@link LocalCluster}, runs the {@link DemoImport} of a generated
 * {@link DemoCsv} through the HTTP API, and stops everything again.
 */
public final class Demo {

    private final LocalSettings settings;
    private final DemoCsv csv;
    private final PrintWriter out;
    private final Clock clock;

    public Demo(LocalSettings settings, DemoCsv csv, PrintWriter out, Clock clock) {
        this.settings = settings;
        this.csv = csv;
        this.out = out;
        this.clock = clock;
    }

    /** Runs the demo; returns true when every job completed. */
    public boolean run() throws Exception {
        say("Starting Kafka, the coordinator and %d workers...", settings.workers());
        long start = System.nanoTime();
        LocalCluster cluster = LocalCluster.start(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), clock);
        Thread hook = new Thread(cluster::close, "sluice-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            say("Ready in %s: API %s, Kafka %s", Durations.format(Duration.ofNanos(System.nanoTime() - start)),
                    cluster.api(), cluster.bootstrapServers());
            return new DemoImport(new ApiClient(cluster.api()), cluster.api(), settings.dataDir(), out, clock).run(csv);
        } finally {
            say("Stopping...");
            cluster.close();
            forget(hook);
            say("Stopped.");
        }
    }

    private static void forget(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook has already stopped the cluster.
        }
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
