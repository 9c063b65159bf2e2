package dev.sluice.deploy.local;

import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.ApiClient;
import dev.sluice.deploy.client.JobSnapshot;
import dev.sluice.deploy.client.JobWatcher;
import dev.sluice.deploy.client.JobsApi;
import dev.sluice.deploy.console.Durations;
import dev.sluice.deploy.console.ProgressLine;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code sluice demo}: starts a {@link LocalCluster}, runs the {@link SampleJob} through the HTTP API
 * with a live progress bar, prints its result and stops everything again.
 */
public final class Demo {

    private final LocalSettings settings;
    private final long records;
    private final PrintWriter out;
    private final Clock clock;

    public Demo(LocalSettings settings, long records, PrintWriter out, Clock clock) {
        this.settings = settings;
        this.records = records;
        this.out = out;
        this.clock = clock;
    }

    /** Runs the demo; returns the job's last state. */
    public JobSnapshot run() throws Exception {
        say("Starting Kafka, the coordinator and %d workers...", settings.workers());
        long start = System.nanoTime();
        LocalCluster cluster = LocalCluster.start(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), clock);
        Thread hook = new Thread(cluster::close, "sluice-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            say("Ready in %s: API %s, Kafka %s", Durations.format(Duration.ofNanos(System.nanoTime() - start)),
                    cluster.api(), cluster.bootstrapServers());
            return runJob(new ApiClient(cluster.api()));
        } finally {
            say("Stopping...");
            cluster.close();
            forget(hook);
            say("Stopped.");
        }
    }

    private JobSnapshot runJob(JobsApi api) throws IOException, InterruptedException {
        JobsApi.Submission submitted = api.submit(SampleJob.of(records));
        say("Submitted job %s: custom/synthetic, %,d records at %d us of CPU each, in batches of %,d, %d at a time",
                submitted.id(), records, SampleJob.WORK_MICROS, SampleJob.BATCH_SIZE, SampleJob.PARALLEL_BATCHES);
        ProgressLine line = ProgressLine.on(out, clock);
        JobSnapshot end = new JobWatcher(api).watch(submitted.id(), line::update);
        line.finish(end);
        say("Result:");
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(api.result(submitted.id())));
        out.flush();
        return end;
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
