package dev.sluice.deploy.cli;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.deploy.local.UntilStopped;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice worker}: one worker, until SIGTERM or Ctrl-C. */
@Command(name = "worker", description = "Runs a worker of one pool until SIGTERM or Ctrl-C, then lets its "
        + "running batches finish and stops.")
public final class WorkerCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--pool", paramLabel = "NAME", defaultValue = "default",
            description = "The worker pool whose tasks this worker runs. Default: ${DEFAULT-VALUE}.")
    String pool;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Batches run at once. Default: the number of processors.")
    Integer concurrency;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "-1",
            description = "Port of /metrics and /health/{live,ready}; 0 picks a free one, -1 serves none. Default: ${DEFAULT-VALUE}.")
    int httpPort;

    @Option(names = "--worker-id", paramLabel = "ID",
            description = "This worker's name in reports and heartbeats. Default: the host name and a random suffix.")
    String workerId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WorkerSettings settings = settings();
        String enrichment = EnrichmentSetting.check();
        Worker worker = Worker.start(settings, HandlerRegistry.discover(WorkerCommand.class.getClassLoader()),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC());
        var out = spec.commandLine().getOut();
        out.println("Worker " + settings.workerId() + " running in pool " + settings.pool() + ", "
                + settings.concurrency() + " batches at a time, against Kafka at " + settings.bootstrapServers()
                + (worker.port() < 0 ? "" : "; metrics on http://localhost:" + worker.port() + "/metrics"));
        if (!enrichment.isEmpty()) {
            out.println(enrichment);
        }
        out.flush();
        UntilStopped.run("the worker", worker.terminated(), worker::shutdown, spec.commandLine().getErr());
        return 0;
    }

    /** The options as settings; a bad value is a usage error that names it. */
    WorkerSettings settings() {
        String servers = kafka.required(spec);
        return Options.check(spec, () -> {
            WorkerSettings settings = WorkerSettings.defaults(servers).withPool(pool).withHttpPort(httpPort);
            if (concurrency != null) {
                settings = settings.withConcurrency(concurrency);
            }
            return workerId == null ? settings : settings.withWorkerId(workerId);
        });
    }
}
