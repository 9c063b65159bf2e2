package dev.sluice.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * A small HTTP server for probes and scraping, on all interfaces:
 * <ul>
 *   <li>{@code GET /metrics}: the registry in Prometheus text format, when it is a
 *       {@link PrometheusMeterRegistry}; 404 otherwise;</li>
 *   <li>{@code GET /health/live}: 200 while {@code live} holds, else 503;</li>
 *   <li>{@code GET /health/ready}: 200 while {@code ready} holds, else 503.</li>
 * </ul>
 * Any other path is 404, any other method 405.
 */
public final class HealthServer implements AutoCloseable {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    private HealthServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving on {@code port} (0 picks a free one).
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static HealthServer start(int port, MeterRegistry registry, BooleanSupplier live, BooleanSupplier ready) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve health and metrics on port " + port, e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sluice-health");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> route(exchange, registry, live, ready));
        server.start();
        return new HealthServer(server, threads);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void route(HttpExchange exchange, MeterRegistry registry, BooleanSupplier live,
                              BooleanSupplier ready) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "only GET is served\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/metrics" -> metrics(exchange, registry);
                case "/health/live" -> probe(exchange, live, "live");
                case "/health/ready" -> probe(exchange, ready, "ready");
                default -> respond(exchange, 404, "text/plain", "not found\n");
            }
        }
    }

    private static void metrics(HttpExchange exchange, MeterRegistry registry) throws IOException {
        if (registry instanceof PrometheusMeterRegistry prometheus) {
            respond(exchange, 200, PROMETHEUS_TEXT, prometheus.scrape());
        } else {
            respond(exchange, 404, "text/plain", "metrics are not kept in Prometheus form here\n");
        }
    }

    private static void probe(HttpExchange exchange, BooleanSupplier check, String what) throws IOException {
        boolean ok = check.getAsBoolean();
        respond(exchange, ok ? 200 : 503, "application/json", "{\"status\":\"" + (ok ? what : "not " + what) + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
