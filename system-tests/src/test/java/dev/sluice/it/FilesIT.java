package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files uploaded over HTTP are stored in Kafka in chunks and come back byte for byte, from any process. */
class FilesIT {

    private static final int MIB = 1024 * 1024;
    private static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.start(3);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonNode upload(String name, byte[] bytes) {
        Api.Response response = cluster.api().postBytes("/api/v1/files?name=" + name, "application/octet-stream", bytes);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.body();
    }

    private static FileMeta meta(String id) {
        return cluster.coordinator().files().get(id).orElseThrow();
    }

    @Test
    void aRawUploadComesBackByteForByteWithItsChecksum() throws Exception {
        byte[] bytes = randomBytes(20 * MIB + 12_345, 1);
        JsonNode created = upload("random.bin", bytes);
        String id = created.get("id").asText();

        JsonNode meta = cluster.api().get("/api/v1/files/" + id).body();
        assertThat(meta.get("size").asLong()).isEqualTo(bytes.length);
        assertThat(meta.get("checksum").asText()).isEqualTo(sha256(bytes));
        assertThat(meta.get("name").asText()).isEqualTo("random.bin");
        assertThat(meta.get("contentType").asText()).isEqualTo("application/octet-stream");
        assertThat(meta).isEqualTo(created);
        assertThat(meta(id).chunkOffsets()).hasSize(21);

        HttpResponse<InputStream> content = cluster.api().open("/api/v1/files/" + id + "/content");
        try (InputStream body = content.body()) {
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.headers().firstValueAsLong("content-length")).hasValue(bytes.length);
            assertThat(content.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/octet-stream"));
            assertThat(content.headers().firstValue("content-disposition")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("attachment; filename=\"random.bin\""));
            assertThat(body.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aMultipartUploadIsNamedAfterItsFilePart() throws Exception {
        byte[] csv = "id,name\n1,Ada\n2,Grace\n".getBytes(StandardCharsets.UTF_8);
        Api.Response response = cluster.api().postMultipart("/api/v1/files", "file", "people.csv", csv);

        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        assertThat(response.body().get("name").asText()).isEqualTo("people.csv");
        assertThat(response.body().get("contentType").asText()).isEqualTo("text/csv");
        assertThat(response.body().get("checksum").asText()).isEqualTo(sha256(csv));
        assertThat(cluster.api().bytes("/api/v1/files/" + response.body().get("id").asText() + "/content")).isEqualTo(csv);
    }

    @Test
    void anyProcessReadsExactlyTheByteRangeItAsksFor() throws Exception {
        byte[] bytes = randomBytes(5 * MIB + 777, 2);
        FileMeta meta = meta(upload("ranges.bin", bytes).get("id").asText());
        FileChunkReader reader = new FileChunkReader(cluster.bootstrap, cluster.topics);
        long[][] ranges = {
                {0, 10}, {MIB - 5, MIB + 5}, {MIB, 2L * MIB}, {100, 3L * MIB + 100}, {5L * MIB, bytes.length},
                {bytes.length - 1, bytes.length}, {2L * MIB, 2L * MIB}, {0, bytes.length}};

        for (long[] range : ranges) {
            try (InputStream in = reader.open(meta, range[0], range[1])) {
                assertThat(in.readAllBytes()).as("bytes [%d, %d)", range[0], range[1])
                        .isEqualTo(Arrays.copyOfRange(bytes, (int) range[0], (int) range[1]));
            }
        }
    }

    @Test
    void anEmptyFileIsAValidFile() throws Exception {
        JsonNode created = upload("empty.csv", new byte[0]);

        assertThat(created.get("size").asLong()).isZero();
        assertThat(created.get("checksum").asText()).isEqualTo(sha256(new byte[0]));
        assertThat(meta(created.get("id").asText()).chunkOffsets()).isEmpty();
        assertThat(cluster.api().bytes("/api/v1/files/" + created.get("id").asText() + "/content")).isEmpty();
    }

    @Test
    void anUnknownFileIsA404() {
        Api.Response meta = cluster.api().get("/api/v1/files/file_0000000000000000000000000000");
        assertThat(meta.status()).isEqualTo(404);
        assertThat(meta.body().at("/error/code").asText()).isEqualTo("not_found");
        assertThat(cluster.api().get("/api/v1/files/nonsense/content").status()).isEqualTo(404);
    }

    @Test
    void aRestartedCoordinatorServesFilesFromKafkaAlone() throws Exception {
        byte[] bytes = randomBytes(3 * MIB + 1, 3);
        String id = upload("kept.bin", bytes).get("id").asText();

        cluster.stopCoordinator();
        cluster.restartCoordinatorFromKafkaOnly();

        assertThat(cluster.api().get("/api/v1/files/" + id).body().get("checksum").asText()).isEqualTo(sha256(bytes));
        assertThat(cluster.api().bytes("/api/v1/files/" + id + "/content")).isEqualTo(bytes);
    }

    @Test
    void aFileOfHundredsOfMegabytesStreamsThroughWithoutTheHeapGrowingWithIt() throws Exception {
        long size = 300L * MIB;
        HeapProbe heap = new HeapProbe();
        heap.start();
        GeneratedBody body = new GeneratedBody(size, 50L * MIB, served -> heap.sample());

        Api.Response response = cluster.api().postStream("/api/v1/files?name=big.csv", body);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        long uploadGrowth = heap.sample();
        assertThat(response.body().get("size").asLong()).isEqualTo(size);
        assertThat(response.body().get("checksum").asText()).isEqualTo(body.sha256());
        assertThat(response.body().get("contentType").asText()).isEqualTo("text/csv");

        String downloaded = download(response.body().get("id").asText(), heap);
        long totalGrowth = heap.sample();
        assertThat(downloaded).isEqualTo(body.sha256());
        System.out.printf("[FilesIT] heap retained after GC: baseline %d MiB, growth during a %d MiB upload %d MiB, "
                + "during upload and download %d MiB%n", heap.baseline() / MIB, size / MIB, uploadGrowth / MIB, totalGrowth / MIB);
        assertThat(totalGrowth).as("heap growth in bytes").isLessThan(64L * MIB);
    }

    private static String download(String id, HeapProbe heap) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        HttpResponse<InputStream> content = cluster.api().open("/api/v1/files/" + id + "/content");
        byte[] buf = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = content.body()) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                digest.update(buf, 0, n);
                read += n;
                if (read % (50L * MIB) < n) {
                    heap.sample();
                }
            }
        } catch (IOException e) {
            throw new AssertionError("the download broke off after " + read + " bytes", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
