package dev.sluice.deploy.client;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.TerseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiClientTest {

    private HttpServer server;
    private ApiClient client;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch endOfStream = new CountDownLatch(1);
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    /** A request as the server saw it. */
    private record Received(String method, String path, String query, String length, String chunked, byte[] body) {
    }

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

    @Test
    void anUploadSendsTheFilesBytesAsTheBodyWithTheNameInTheQueryAndItsLength() throws IOException {
        byte[] bytes = "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("upload.csv"), bytes);
        receive("/api/v1/files", 201, "{\"id\":\"file_1\",\"name\":\"naïve list.csv\"}");

        JsonNode stored = client.upload("naïve list.csv", file);

        assertThat(stored.path("id").asText()).isEqualTo("file_1");
        Received request = received.get(0);
        assertThat(request.method() + " " + request.path() + "?" + request.query()).isEqualTo("POST /api/v1/files?name=naïve list.csv");
        assertThat(request.length()).isEqualTo(Integer.toString(bytes.length));
        assertThat(request.body()).isEqualTo(bytes);
    }

    @Test
    void anUploadOfAStreamSendsItChunkedToItsEnd() {
        byte[] bytes = new byte[300_000];
        Arrays.fill(bytes, (byte) 'x');
        receive("/api/v1/files", 201, "{\"id\":\"file_2\"}");

        JsonNode stored = client.upload("big.csv", new ByteArrayInputStream(bytes));

        assertThat(stored.path("id").asText()).isEqualTo("file_2");
        assertThat(received.get(0).chunked()).isEqualTo("chunked");
        assertThat(received.get(0).body()).isEqualTo(bytes);
    }

    @Test
    void anUploadOfAFileThatIsNotThereSaysSoWithoutCallingTheCoordinator() {
        assertThatThrownBy(() -> client.upload("x.csv", dir.resolve("nope.csv")))
                .isInstanceOf(TerseException.class).hasMessage("cannot read " + dir.resolve("nope.csv") + ": no such file");
        assertThat(received).isEmpty();
    }

    @Test
    void aWorkbookIsReadByItsId() {
        receive("/api/v1/workbooks/wb_1", 200, "{\"id\":\"wb_1\",\"sheets\":[{\"id\":\"sh_1\",\"recordCount\":3}]}");

        assertThat(client.workbook("wb_1").at("/sheets/0/recordCount").asLong()).isEqualTo(3);
    }

    @Test
    void aPageOfRecordsAsksForItsLimitAndThePreviousPagesCursor() {
        receive("/api/v1/sheets/sh_1/records", 200, "{\"items\":[{\"row\":5}],\"nextCursor\":null}");

        JsonNode page = client.records("sh_1", 2, "a+b/c=");

        assertThat(page.at("/items/0/row").asLong()).isEqualTo(5);
        assertThat(received.get(0).query()).isEqualTo("limit=2&cursor=a+b/c=");
    }

    @Test
    void theFirstPageOfRecordsHasNoCursor() {
        receive("/api/v1/sheets/sh_1/records", 200, "{\"items\":[],\"nextCursor\":null}");

        client.records("sh_1", 100, null);

        assertThat(received.get(0).query()).isEqualTo("limit=100");
    }

    @Test
    void aDownloadReplacesTheTargetWithTheFilesBytes() throws IOException {
        Path target = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("customers.json"), "old");
        receive("/api/v1/files/file_1/content", 200, "[{\"id\":\"1\"}]");

        long size = client.download("file_1", target);

        assertThat(Files.readString(target)).isEqualTo("[{\"id\":\"1\"}]");
        assertThat(size).isEqualTo(Files.size(target));
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDownloadCreatesTheTargetsDirectory() throws IOException {
        receive("/api/v1/files/file_1/content", 200, "[]");

        client.download("file_1", dir.resolve("a/b/export.json"));

        assertThat(Files.readString(dir.resolve("a/b/export.json"))).isEqualTo("[]");
    }

    @Test
    void aFailedDownloadIsTheCoordinatorsMessageAndLeavesNoFile() throws IOException {
        receive("/api/v1/files/file_9/content", 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"file file_9 does not exist\"}}");

        assertThatThrownBy(() -> client.download("file_9", dir.resolve("export.json")))
                .isInstanceOf(ApiException.class).hasMessage("file file_9 does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aDownloadThatBreaksOffLeavesWhatWasThereBefore() throws IOException {
        Path target = Files.writeString(dir.resolve("export.json"), "old");
        server.createContext("/api/v1/files/file_1/content", exchange -> {
            exchange.sendResponseHeaders(200, 1_000_000);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[1000]);
            out.flush();
            exchange.close();
        });

        assertThatThrownBy(() -> client.download("file_1", target)).isInstanceOf(ApiException.class)
                .hasMessageStartingWith("the download of file file_1 from " + client.base() + " broke off: ");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** Answers {@code path} exactly, and keeps each request with its headers and body. */
    private void receive(String path, int status, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                respond(exchange, 404, "");
                return;
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("Content-Length"),
                    exchange.getRequestHeaders().getFirst("Transfer-Encoding"), exchange.getRequestBody().readAllBytes()));
            respond(exchange, status, body);
        });
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
