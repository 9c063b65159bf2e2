package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import java.io.IOException;

/** Sends one call to a service; {@link HttpTransport} over HTTP, a script in tests. */
public interface Transport {

    /**
     * POSTs {@code body} (a JSON array) to the service.
     *
     * @param auth the value of the service's auth header, or null when it has none
     * @throws IOException when no answer came: a timeout, a refused connection
     */
    Reply post(EnrichmentService service, byte[] body, String auth) throws IOException, InterruptedException;
}
