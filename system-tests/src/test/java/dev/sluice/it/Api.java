package dev.sluice.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /**
     * Creates a job and returns it; fails the test unless the API says 201, or 202 (the coordinator
     * took longer than the API waits, as on a loaded machine) followed by the job appearing.
     */
    JsonNode create(String body) {
        Response response = post("/api/v1/jobs", body);
        if (response.status() == 202) {
            String id = response.body().get("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/v1/jobs/" + id).status() == 200);
            return job(id);
        }
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
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(50))
                    .until(() -> condition.test(last[0] = job(id)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("job " + id + " did not get there within " + within + "; last seen: " + last[0], e);
        }
        return last[0];
    }

    JsonNode awaitStatus(String id, String status, Duration within) {
        return awaitJob(id, within, job -> status.equals(job.path("status").asText()));
    }

    String base() {
        return base;
    }

    /** Posts {@code body} as it is, with its length announced. */
    Response postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Posts what {@code body} yields, chunked, without holding it: for bodies larger than the test
     * should keep. A blocking connection writes each piece to the socket before reading the next, so
     * the client buffers nothing; the JDK's HttpClient may read ahead of the socket.
     */
    Response postStream(String path, InputStream body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setChunkedStreamingMode(64 * 1024);
            connection.setRequestProperty("content-type", "application/octet-stream");
            try (OutputStream out = connection.getOutputStream()) {
                body.transferTo(out);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                return new Response(status, bytes.length == 0 ? null : Json.tree(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a multipart/form-data form with one file part. */
    Response postMultipart(String path, String part, String filename, byte[] content) {
        String boundary = "sluice-it-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** GETs a body that is not JSON; the caller reads and closes it. */
    HttpResponse<InputStream> open(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs a body that is not JSON, whole. */
    byte[] bytes(String path) {
        HttpResponse<InputStream> response = open(path);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new AssertionError("expected 200 from " + path + ", got " + response.statusCode());
            }
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
