package dev.sluice.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** The coordinator's HTTP API as a test calls it. */
final class Api {

    record Response(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Creates a job and returns it; fails the test unless the API says 201. */
    JsonNode create(String body) {
        Response response = post("/api/v1/jobs", body);
        if (response.status() != 201) {
            throw new AssertionError("expected 201, got " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    JsonNode job(String id) {
        return get("/api/v1/jobs/" + id).body();
    }

    /** Waits until the job satisfies {@code condition}, and returns it. */
    JsonNode awaitJob(String id, Duration within, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(within).pollInterval(Duration.ofMillis(50))
                .until(() -> condition.test(last[0] = job(id)));
        return last[0];
    }

    JsonNode awaitStatus(String id, String status, Duration within) {
        return awaitJob(id, within, job -> status.equals(job.path("status").asText()));
    }

    String base() {
        return base;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Response(response.statusCode(), body.length == 0 ? null : Json.tree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
