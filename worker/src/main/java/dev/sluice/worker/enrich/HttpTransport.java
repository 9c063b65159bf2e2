package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls services with the JDK's {@link HttpClient} (HTTP/1.1, one client per worker). A call may
 * take the service's {@code timeoutMs} until its answer starts; an answer larger than
 * {@value #MAX_BODY} bytes is refused rather than held.
 */
public final class HttpTransport implements Transport {

    static final int MAX_BODY = 32 * 1024 * 1024;

    private HttpClient client; // guarded by this; made at the first call, so workers that never enrich run no client thread

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }
        return client;
    }

    @Override
    public Reply post(EnrichmentService service, byte[] body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.url()).timeout(service.policy().timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            request.header(service.auth().header(), auth);
        }
        HttpResponse<InputStream> response = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IOException("the answer is larger than " + MAX_BODY + " bytes");
            }
            return new Reply(response.statusCode(), bytes, response.headers().firstValue("Retry-After").orElse(null));
        }
    }
}
