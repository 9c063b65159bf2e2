package dev.sluice.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean live = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private HealthServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void metricsAreServedInPrometheusTextFormat() throws Exception {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter(WorkerMetrics.BATCHES, WorkerMetrics.POOL, "default").increment(3);
        start(registry);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("sluice_worker_batches_total{pool=\"default\"} 3.0");
    }

    @Test
    void metricsAreNotFoundWhenTheRegistryIsNotPrometheus() throws Exception {
        start(new SimpleMeterRegistry());

        assertThat(get("/metrics").statusCode()).isEqualTo(404);
    }

    @Test
    void probesFollowTheirConditions() throws Exception {
        start(new SimpleMeterRegistry());

        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);

        ready.set(true);
        live.set(false);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").statusCode()).isEqualTo(503);
    }

    @Test
    void unknownPathsAreNotFoundAndOtherMethodsNotAllowed() throws Exception {
        start(new SimpleMeterRegistry());

        assertThat(get("/health").statusCode()).isEqualTo(404);
        var post = HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    private void start(MeterRegistry registry) {
        server = HealthServer.start(0, registry, live::get, ready::get);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
