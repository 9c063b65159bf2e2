package dev.sluice.deploy.cli;

import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.coordinator.Coordinator;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.coordinator.pool.Pool;
import dev.sluice.coordinator.pool.PoolCatalog;
import dev.sluice.deploy.TerseException;
import dev.sluice.deploy.local.UntilStopped;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sluice coordinator}: one coordinator instance, until SIGTERM or Ctrl-C. */
@Command(name = "coordinator", description = "Runs a coordinator (Kafka Streams, HTTP API, metrics) until "
        + "SIGTERM or Ctrl-C, then shuts it down cleanly.")
public final class CoordinatorCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of the HTTP API, metrics and probes; 0 picks a free one, -1 serves none. Default: ${DEFAULT-VALUE}.")
    int httpPort;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${sys:java.io.tmpdir}/sluice-coordinator",
            description = "Where the RocksDB stores live; a cache of Kafka that may be deleted. Default: ${DEFAULT-VALUE}.")
    Path stateDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
            description = "Partitions of the topics Sluice creates; more let more coordinators share the work. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--pool", paramLabel = "NAME:cpu=C,memory=M",
            description = "A worker pool and what one of its workers can give a job, e.g. gpu:cpu=8000m,memory=32GB; "
                    + "repeatable. The pool 'default' (cpu=4000m,memory=8GB) is always there; naming it changes its capacity.")
    List<String> pools = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CoordinatorSettings settings = settings();
        String enrichment = EnrichmentSetting.check();
        var out = spec.commandLine().getOut();
        out.println("Starting the coordinator against Kafka at " + settings.bootstrapServers() + "...");
        out.flush();
        Coordinator coordinator;
        try {
            coordinator = Coordinator.start(settings, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    Clock.systemUTC());
        } catch (Exception e) {
            throw new TerseException("the coordinator could not start against Kafka at " + settings.bootstrapServers()
                    + ": " + ErrorHandlers.describe(e), e);
        }
        out.println(coordinator.httpPort() < 0 ? "Coordinator running, without an HTTP API."
                : "Coordinator running: API http://localhost:" + coordinator.httpPort() + "/api/v1/jobs");
        if (!enrichment.isEmpty()) {
            out.println(enrichment);
        }
        out.flush();
        UntilStopped.run("the coordinator", coordinator.terminated(), coordinator::shutdown,
                spec.commandLine().getErr());
        return 0;
    }

    /** The options as settings; a bad value is a usage error that names it. */
    CoordinatorSettings settings() {
        String servers = kafka.required(spec);
        PoolCatalog catalog = catalog();
        return Options.check(spec, () -> CoordinatorSettings.defaults(servers, stateDir)
                .withHttpPort(httpPort).withPartitions(partitions).withPools(catalog));
    }

    private PoolCatalog catalog() {
        Map<String, Pool> byName = new LinkedHashMap<>();
        PoolCatalog.defaults().pools().forEach(pool -> byName.put(pool.name(), pool));
        for (String text : pools) {
            try {
                Pool pool = PoolCatalog.parsePool(text);
                byName.put(pool.name(), pool);
            } catch (InvalidRequestException | IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--pool " + text + ": " + e.getMessage());
            }
        }
        return new PoolCatalog(List.copyOf(byName.values()));
    }
}
