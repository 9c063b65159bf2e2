package dev.sluice.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.UploadObserver;
import dev.sluice.common.json.Json;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.files.FileSettings;
import dev.sluice.coordinator.files.FileStorage;
import dev.sluice.coordinator.files.FileUploader;
import dev.sluice.coordinator.files.FileView;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file routes over a producer fake: what a client sees for good and bad uploads. */
class FileRoutesTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final long LIMIT = 200_000;

    @TempDir
    Path spool;
    private MockProducer<String, byte[]> producer;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean spooledWhileStoring = new AtomicBoolean();

    @BeforeEach
    void start() {
        Node node = new Node(0, "localhost", 9092);
        Cluster cluster = new Cluster("test", List.of(node),
                List.of(new PartitionInfo(TOPICS.files(), 0, node, new Node[]{node}, new Node[]{node})), java.util.Set.of(), java.util.Set.of());
        producer = new MockProducer<>(cluster, true, null, new StringSerializer(), new ByteArraySerializer());
        FileSettings settings = new FileSettings(1024, LIMIT, 2, spool, Duration.ofSeconds(1));
        FileView view = id -> producer.history().stream()
                .filter(r -> r.topic().equals(TOPICS.fileMeta()) && r.key().equals(id))
                .map(r -> Json.read(r.value(), FileMeta.class)).reduce((first, second) -> second);
        FileChunkReader reader = new FileChunkReader(() -> {
            throw new KafkaException("no broker in this test");
        }, TOPICS.files(), Duration.ofSeconds(1));
        FileStorage storage = new FileStorage(new FileUploader(producer, TOPICS, settings, Clock.systemUTC(),
                List.of(name -> new SpoolWatch())), view, reader, settings);
        app = Javalin.create(config -> config.showJavalinBanner = false);
        new FileRoutes(storage).register(app);
        app.exception(ApiError.class, (error, ctx) -> Responses.error(ctx, error));
        app.start("127.0.0.1", 0);
    }

    /** Notes whether the spool dir holds a file while the upload streams into Kafka. */
    private final class SpoolWatch implements UploadObserver {
        @Override
        public void bytes(byte[] buf, int off, int len) {
            try (Stream<Path> files = Files.list(spool)) {
                spooledWhileStoring.compareAndSet(false, files.findAny().isPresent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, Object> finish() {
            return Map.of();
        }
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/files" + query));
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, String part, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.tree(response.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRawUploadIsCreatedWithItsPublicMeta() throws Exception {
        HttpResponse<String> response = send(post("?name=people.csv").POST(HttpRequest.BodyPublishers.ofString("id,name\n1,Ada\n")));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode file = json(response);
        assertThat(file.get("name").asText()).isEqualTo("people.csv");
        assertThat(file.get("size").asLong()).isEqualTo(14);
        assertThat(file.get("contentType").asText()).isEqualTo("text/csv");
        assertThat(file.get("checksum").asText()).hasSize(64);
        assertThat(file.has("chunkOffsets")).isFalse();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/files/" + file.get("id").asText());

        HttpResponse<String> meta = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/v1/files/" + file.get("id").asText())));
        assertThat(meta.statusCode()).isEqualTo(200);
        assertThat(json(meta)).isEqualTo(file);
    }

    @Test
    void aRawUploadWithoutANameIsA400NamingTheField() throws Exception {
        HttpResponse<String> response = send(post("").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/field").asText()).isEqualTo("name");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsA413BeforeAnythingIsStored() throws Exception {
        HttpResponse<String> response = send(post("?name=big.bin").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) LIMIT + 1])));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("file_too_large");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aStreamedBodyThatGrowsOverTheLimitIsA413WithoutMeta() throws Exception {
        HttpResponse<String> response = send(post("?name=big.bin").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[(int) LIMIT + 1]))));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(producer.history()).noneMatch(r -> r.topic().equals(TOPICS.fileMeta()));
    }

    @Test
    void aMultipartUploadTakesItsNameFromTheFilePart() throws Exception {
        HttpResponse<String> response = send(post("").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", "file", "dir/orders.json", "[{\"id\":1}]".getBytes(StandardCharsets.UTF_8))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("name").asText()).isEqualTo("orders.json");
        assertThat(json(response).get("size").asLong()).isEqualTo(10);
        assertThat(json(response).get("contentType").asText()).isEqualTo("application/json");
    }

    @Test
    void aLargeMultipartPartIsSpooledToDiskAndRemovedAfterwards() throws Exception {
        byte[] content = new byte[FileSettings.SPOOL_THRESHOLD * 2];
        HttpResponse<String> response = send(post("").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", "file", "a.bin", content)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(spooledWhileStoring).isTrue();
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aSmallMultipartPartStaysInMemory() throws Exception {
        HttpResponse<String> response = send(post("").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", "file", "a.csv", "a,b\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(spooledWhileStoring).isFalse();
    }

    @Test
    void aMultipartFormWithoutAFilePartIsA400() throws Exception {
        HttpResponse<String> response = send(post("").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", "document", "a.csv", "a,b\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/field").asText()).isEqualTo("file");
    }

    @Test
    void aMultipartPartOverTheLimitIsA413() throws Exception {
        HttpResponse<String> response = send(post("").header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", "file", "big.bin", new byte[(int) LIMIT + 1])));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(producer.history()).noneMatch(r -> r.topic().equals(TOPICS.fileMeta()));
    }

    @Test
    void contentKafkaCannotServeIsA503WithTheReason() throws Exception {
        String id = json(send(post("?name=a.txt").POST(HttpRequest.BodyPublishers.ofString("hello")))).get("id").asText();

        HttpResponse<String> content = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/v1/files/" + id + "/content")));
        assertThat(content.statusCode()).isEqualTo(503);
        assertThat(json(content).at("/error/code").asText()).isEqualTo("file_unreadable");
        assertThat(json(content).at("/error/message").asText()).contains("no broker in this test");
    }

    @Test
    void anUnknownFileIsA404() throws Exception {
        HttpResponse<String> meta = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/files/file_nope")));
        HttpResponse<String> content = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/v1/files/file_0000000000000000000000000000/content")));
        assertThat(meta.statusCode()).isEqualTo(404);
        assertThat(content.statusCode()).isEqualTo(404);
        assertThat(json(content).at("/error/code").asText()).isEqualTo("not_found");
    }
}
