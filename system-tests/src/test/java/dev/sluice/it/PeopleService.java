package dev.sluice.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP enrichment service for {@link EnrichIT}: it takes a JSON array of {@code {email}} and
 * answers, for {@code user@…}, {@code {company: {name: "User Corp"}, title: "Head of user", industry:
 * "Industry of user"}}, or {@code null} for {@code unknown@…}. It insists on its bearer token (401
 * otherwise) and misbehaves on purpose by the emails a call carries: {@code throttle@…} is throttled
 * (429, {@code Retry-After: 1}) the first time, {@code flaky@…} fails (500) the first time,
 * {@code poison@…} fails always, and {@code reject@…} is refused (422) always.
 */
final class PeopleService implements AutoCloseable {

    static final String TOKEN = "it-secret-token";

    private final HttpServer server;
    private final List<Integer> callSizes = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    private PeopleService(HttpServer server) {
        this.server = server;
    }

    static PeopleService start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        PeopleService service = new PeopleService(server);
        server.createContext("/people", service::handle);
        server.start();
        return service;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/people";
    }

    /** How many records each call carried, in the order the calls came. */
    List<Integer> callSizes() {
        return List.copyOf(callSizes);
    }

    /** How many calls carried {@code email}. */
    int attemptsFor(String email) {
        return attempts.getOrDefault(email, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            JsonNode keys = Json.tree(exchange.getRequestBody().readAllBytes());
            callSizes.add(keys.size());
            List<String> emails = new ArrayList<>();
            keys.forEach(key -> emails.add(key.get("email").asText()));
            int attempt = 0;
            for (String email : emails) {
                attempt = Math.max(attempt, attempts.merge(email, 1, Integer::sum));
            }
            if (emails.contains("reject@x.test")) {
                send(exchange, 422, "{\"error\":\"invalid email\"}");
            } else if (emails.contains("poison@x.test") || emails.contains("flaky@x.test") && attempt == 1) {
                send(exchange, 500, "{\"error\":\"internal\"}");
            } else if (emails.contains("throttle@x.test") && attempt == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "{\"error\":\"slow down\"}");
            } else {
                send(exchange, 200, answer(emails));
            }
        }
    }

    private static String answer(List<String> emails) {
        List<String> items = new ArrayList<>();
        for (String email : emails) {
            String user = email.substring(0, email.indexOf('@'));
            items.add(user.equals("unknown") ? "null" : "{\"company\":{\"name\":\"" + Character.toUpperCase(user.charAt(0))
                    + user.substring(1) + " Corp\"},\"title\":\"Head of " + user + "\",\"industry\":\"Industry of " + user + "\"}");
        }
        return "[" + String.join(",", items) + "]";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
