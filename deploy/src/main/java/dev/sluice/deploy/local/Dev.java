package dev.sluice.deploy.local;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** {@code sluice dev}: a {@link LocalCluster} that serves until the process is stopped. */
public final class Dev {

    private final LocalSettings settings;
    private final PrintWriter out;
    private final PrintWriter err;

    public Dev(LocalSettings settings, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** Starts everything, prints where it is, and blocks until Ctrl-C or SIGTERM has stopped it. */
    public void run() throws Exception {
        LocalCluster cluster = LocalCluster.start(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Clock.systemUTC());
        DevBanner.lines(cluster.api(), cluster.bootstrapServers(), cluster.dataDir(), settings.dataDir() == null,
                settings.workers()).forEach(out::println);
        out.flush();
        UntilStopped.run("Sluice", new CompletableFuture<Void>(),
                () -> CompletableFuture.runAsync(cluster::close), err);
    }
}
