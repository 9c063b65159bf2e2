package dev.sluice.deploy.client;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private HttpServer server;
    private ApiClient client;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch endOfStream = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        client = new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        endOfStream.countDown();
        server.stop(0);
    }

    @Test
    void aNewJobIsCreatedAndItsRequestIsSentAsJson() {
        answer("/api/v1/jobs", 201, Json.text(anApiJob().id("job_7").status("queued").build()));

        JobsApi.Submission submitted = client.submit(Json.MAPPER.createObjectNode().put("type", "custom"));

        assertThat(submitted.outcome()).isEqualTo(JobsApi.Outcome.CREATED);
        assertThat(submitted.id()).isEqualTo("job_7");
        assertThat(requests).containsExactly("POST /api/v1/jobs application/json {\"type\":\"custom\"}");
    }

    @Test
    void aJobThatMatchedAnIdempotencyKeyIsReportedAsExisting() {
        answer("/api/v1/jobs", 200, Json.text(anApiJob().build()));

        assertThat(client.submit(Json.MAPPER.createObjectNode()).outcome()).isEqualTo(JobsApi.Outcome.EXISTING);
    }

    @Test
    void anApiErrorBecomesItsMessageWithTheFieldInFront() {
        answer("/api/v1/jobs", 400, "{\"error\":{\"code\":\"invalid_request\",\"message\":\"must be low, normal or high\","
                + "\"field\":\"options.priority\"}}");

        assertThatThrownBy(() -> client.submit(Json.MAPPER.createObjectNode()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid_request");
                    assertThat(e.field()).isEqualTo("options.priority");
                })
                .hasMessage("options.priority: must be low, normal or high");
    }

    @Test
    void aMessageThatAlreadyNamesItsFieldIsKeptAsItIs() {
        answer("/api/v1/jobs/job_1", 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"job job_1 does not exist\"}}");

        assertThatThrownBy(() -> client.job("job_1")).isInstanceOf(ApiException.class)
                .hasMessage("job job_1 does not exist");
    }

    @Test
    void anErrorThatIsNotJsonShowsTheStatusAndTheFirstLine() {
        answer("/api/v1/jobs/job_1/result", 502, "Bad gateway\n<html>...");

        assertThatThrownBy(() -> client.result("job_1")).isInstanceOf(ApiException.class)
                .hasMessage("HTTP 502 from the coordinator at " + client.base() + ": Bad gateway");
    }

    @Test
    void anUnreachableCoordinatorIsNamedWithWhatToDo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ApiClient nowhere = new ApiClient(URI.create("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> nowhere.job("job_1")).isInstanceOf(ApiException.class)
                .hasMessage("cannot reach the coordinator at http://127.0.0.1:" + closedPort
                        + " (connection refused); start one, or point --api or SLUICE_API at it");
    }

    @Test
    void idsAreEscapedInThePath() {
        server.createContext("/api/v1/jobs/", exchange -> {
            requests.add(exchange.getRequestURI().getRawPath());
            respond(exchange, 200, Json.text(anApiJob().build()));
        });

        client.cancel("a b/c");

        assertThat(requests).containsExactly("/api/v1/jobs/a%20b%2Fc/cancel");
    }

    @Test
    void theEventStreamHandsOverTheJobOfEachEvent() {
        JsonNode job = anApiJob().status("completed").build();
        server.createContext("/api/v1/events", exchange -> {
            requests.add(exchange.getRequestURI().getRawQuery());
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write((": subscribed\n\nevent: job:completed\ndata: " + Json.text(Json.MAPPER.createObjectNode()
                    .put("type", "job:completed").set("job", job)) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            block(endOfStream);
            out.close();
        });
        List<JsonNode> received = new CopyOnWriteArrayList<>();

        EventSubscription events = client.subscribe("job_1", received::add);

        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 1 && events.live());
        assertThat(Json.text(received.get(0))).isEqualTo(Json.text(job));
        assertThat(requests).containsExactly("jobId=job_1");
        events.close();
        assertThat(events.live()).isFalse();
    }

    @Test
    void aStreamThatCannotBeHadIsNotLive() {
        answer("/api/v1/events", 404, "{\"error\":{\"message\":\"no such endpoint\"}}");

        EventSubscription events = client.subscribe("job_1", job -> { });

        await().atMost(Duration.ofSeconds(5)).until(() -> requests.size() == 1);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> !events.live());
    }

    private void answer(String path, int status, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                respond(exchange, 404, "");
                return;
            }
            String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + path
                    + (sent.isEmpty() ? "" : " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + sent));
            respond(exchange, status, body);
        });
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
