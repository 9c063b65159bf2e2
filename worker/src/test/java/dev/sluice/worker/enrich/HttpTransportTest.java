package dev.sluice.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

    private HttpServer server;
    private final AtomicReference<String> seen = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/batch", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Api-Key") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] answer = "[null]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "3");
            exchange.sendResponseHeaders(429, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCallPostsTheJsonWithTheAuthHeaderAndReadsStatusBodyAndRetryAfter() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/batch";
        var service = dev.sluice.common.enrich.EnrichmentServices.parse(("{\"services\":{\"s\":{\"url\":\"" + url
                + "\",\"authHeader\":\"X-Api-Key\",\"secretEnv\":\"K\",\"keyFields\":[\"email\"],"
                + "\"responseFields\":{\"company\":\"company\"}}}}").getBytes(StandardCharsets.UTF_8), "test").find("s").orElseThrow();

        Reply reply = new HttpTransport().post(service, "[{\"email\":\"a@b.test\"}]".getBytes(StandardCharsets.UTF_8), "k-1");

        assertThat(seen.get()).isEqualTo("POST k-1 application/json [{\"email\":\"a@b.test\"}]");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("[null]");
        assertThat(reply.retryAfter()).isEqualTo("3");
        assertThat(reply.retryable()).isTrue();
    }
}
