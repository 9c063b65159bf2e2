package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.common.spi.BatchFailure;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A worker's enrichment services: one {@link ServiceCaller}, and so one rate limit, per service,
 * shared by all the batches the worker runs. Thread-safe.
 */
public final class ServiceClients {

    private final EnrichmentServices services;
    private final Transport transport;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Secrets secrets;
    private final Map<String, ServiceCaller> callers = new ConcurrentHashMap<>();

    public ServiceClients(EnrichmentServices services, Transport transport, Clock clock, Sleeper sleeper,
                          Function<String, String> environment) {
        this.services = services;
        this.transport = transport;
        this.clock = clock;
        this.sleeper = sleeper;
        this.secrets = new Secrets(environment);
    }

    /** The services this worker is configured with, over HTTP, waiting in real time. */
    public static ServiceClients configured() {
        return new ServiceClients(EnrichmentServices.configured(), new HttpTransport(), Clock.systemUTC(),
                Sleeper.SYSTEM, System::getenv);
    }

    /**
     * An enricher for one batch. A service this worker does not know, or a call size above its
     * limit, means the worker's services file differs from the coordinator's: the batch fails for good.
     */
    public Enricher enricher(String name, List<String> fill, int callSize) throws BatchFailure {
        EnrichmentService service = services.find(name).orElseThrow(() -> new BatchFailure("this worker has no "
                + "enrichment service '" + name + "' (" + services.origin() + "; it has " + services.names()
                + "); give coordinators and workers the same services file", false));
        if (callSize < 1 || callSize > service.policy().maxBatch()) {
            throw new BatchFailure("service " + name + " takes 1 to " + service.policy().maxBatch()
                    + " records per call on this worker, not " + callSize, false);
        }
        for (String field : fill) {
            if (!service.gives().contains(field)) {
                throw new BatchFailure("service " + name + " gives no field '" + field + "' on this worker", false);
            }
        }
        ServiceCaller caller = callers.computeIfAbsent(name, n -> new ServiceCaller(service, transport, clock, sleeper));
        return new ServiceEnricher(caller, secrets.headerValue(service), fill, callSize);
    }
}
