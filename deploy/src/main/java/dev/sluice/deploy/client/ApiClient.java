package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import dev.sluice.deploy.TerseException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@link CoordinatorApi} over HTTP/1.1 with the JDK's client. An upload has no time limit, since how
 * long it takes depends on the file; every other call waits at most {@link #CALL_TIMEOUT} for its
 * answer to begin.
 */
public final class ApiClient implements CoordinatorApi {

    /** How long to wait for a connection to the coordinator. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for the answer to one call; creating a job waits up to 10 s on the coordinator's side. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;

    /** A client of the coordinator at {@code base}, such as {@code http://localhost:8080}. */
    public ApiClient(URI base) {
        this(base, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build());
    }

    ApiClient(URI base, HttpClient http) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = http;
    }

    /** The coordinator's address. */
    public URI base() {
        return base;
    }

    @Override
    public Submission submit(JsonNode request) {
        HttpResponse<byte[]> response = send(post("/api/v1/jobs", Json.bytes(request)));
        JsonNode body = bodyOf(response);
        Outcome outcome = switch (response.statusCode()) {
            case 200 -> Outcome.EXISTING;
            case 202 -> Outcome.ACCEPTED;
            default -> Outcome.CREATED;
        };
        return new Submission(body, outcome);
    }

    @Override
    public JsonNode job(String id) {
        return bodyOf(send(get("/api/v1/jobs/" + segment(id))));
    }

    @Override
    public JsonNode cancel(String id) {
        return bodyOf(send(post("/api/v1/jobs/" + segment(id) + "/cancel", new byte[0])));
    }

    @Override
    public JsonNode retry(String id) {
        return bodyOf(send(post("/api/v1/jobs/" + segment(id) + "/retry", new byte[0])));
    }

    @Override
    public JsonNode result(String id) {
        return bodyOf(send(get("/api/v1/jobs/" + segment(id) + "/result")));
    }

    @Override
    public JsonNode upload(String name, Path file) {
        try {
            return upload(name, HttpRequest.BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new TerseException("cannot read " + file + ": no such file");
        }
    }

    @Override
    public JsonNode upload(String name, InputStream body) {
        return upload(name, HttpRequest.BodyPublishers.ofInputStream(() -> body));
    }

    private JsonNode upload(String name, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/files?name=" + query(name)))
                .header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream")
                .POST(body)
                .build();
        return bodyOf(send(request));
    }

    @Override
    public long download(String fileId, Path target) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/files/" + segment(fileId) + "/content"))
                .timeout(CALL_TIMEOUT).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw ErrorBodies.toException(base, response.statusCode(), in.readAllBytes());
            }
            return FileDownload.save(in, target);
        } catch (IOException e) {
            throw new ApiException(ApiException.NO_RESPONSE, null, "the download of file " + fileId + " from " + base
                    + " broke off: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null);
        }
    }

    @Override
    public JsonNode workbook(String id) {
        return bodyOf(send(get("/api/v1/workbooks/" + segment(id))));
    }

    @Override
    public JsonNode records(String sheetId, int limit, String cursor) {
        return bodyOf(send(get("/api/v1/sheets/" + segment(sheetId) + "/records?limit=" + limit
                + (cursor == null ? "" : "&cursor=" + query(cursor)))));
    }

    @Override
    public EventSubscription subscribe(String jobId, Consumer<JsonNode> onJob) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/events?jobId=" + query(jobId)))
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        SseSubscription subscription = new SseSubscription(jobId, onJob);
        http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).whenComplete(subscription::connected);
        return subscription;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(CALL_TIMEOUT).header("Accept", "application/json").GET().build();
    }

    private HttpRequest post(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("no answer within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new ApiException(ApiException.NO_RESPONSE, null, "the coordinator at " + base
                    + " did not answer " + request.method() + " " + request.uri().getPath()
                    + " within " + CALL_TIMEOUT.toSeconds() + " s", null);
        } catch (ConnectException e) {
            throw unreachable("connection refused");
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.NO_RESPONSE, null, "interrupted while calling " + base, null);
        }
    }

    private ApiException unreachable(String why) {
        return new ApiException(ApiException.NO_RESPONSE, null, "cannot reach the coordinator at " + base + " ("
                + why + "); start one, or point --api or SLUICE_API at it", null);
    }

    private JsonNode bodyOf(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw ErrorBodies.toException(base, response.statusCode(), response.body());
        }
        try {
            return Json.tree(response.body());
        } catch (MalformedJsonException e) {
            throw new ApiException(response.statusCode(), null, "the coordinator at " + base
                    + " answered with something that is not JSON: " + e.getMessage(), null);
        }
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query value; a space becomes {@code %20}, which every server reads as a space, unlike {@code +}. */
    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
