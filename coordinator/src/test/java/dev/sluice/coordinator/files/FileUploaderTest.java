package dev.sluice.coordinator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.file.ChunkHeaders;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.UploadObserver;
import dev.sluice.common.json.Json;
import dev.sluice.common.topic.Topics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class FileUploaderTest {

    static final Topics TOPICS = Topics.defaults();
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final FileSettings SETTINGS = new FileSettings(1024, 10_000, 4, Path.of("unused"), Duration.ofSeconds(1));

    static MockProducer<String, byte[]> producer(boolean autoComplete) {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = IntStream.range(0, 3)
                .mapToObj(p -> new PartitionInfo(TOPICS.files(), p, node, new Node[]{node}, new Node[]{node})).toList();
        Cluster cluster = new Cluster("test", List.of(node), partitions, Set.of(), Set.of());
        return new MockProducer<>(cluster, autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }

    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private final MockProducer<String, byte[]> producer = producer(true);

    private FileUploader uploader(List<UploadObserver.Factory> observers) {
        return new FileUploader(producer, TOPICS, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), observers);
    }

    private List<ProducerRecord<String, byte[]>> sent(String topic) {
        return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
    }

    @Test
    void aBodyIsCutIntoFullChunksAndAShorterLastOneInOnePartition() throws Exception {
        byte[] body = bytes(2500);
        FileMeta meta = uploader(List.of()).upload("data.txt", new ByteArrayInputStream(body));

        List<ProducerRecord<String, byte[]>> chunks = sent(TOPICS.files());
        assertThat(chunks).extracting(r -> r.value().length).containsExactly(1024, 1024, 452);
        assertThat(chunks).extracting(ProducerRecord::key).containsOnly(meta.id());
        assertThat(chunks).extracting(ProducerRecord::partition).containsOnly(meta.partition());
        assertThat(chunks).extracting(r -> ChunkHeaders.seqOf(r.headers())).containsExactly(0, 1, 2);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        chunks.forEach(r -> joined.writeBytes(r.value()));
        assertThat(joined.toByteArray()).isEqualTo(body);

        assertThat(meta.id()).startsWith("file_");
        assertThat(meta.size()).isEqualTo(2500);
        assertThat(meta.checksum()).isEqualTo(sha256(body));
        assertThat(meta.createdAt()).isEqualTo(NOW);
        assertThat(meta.chunkSize()).isEqualTo(1024);
        assertThat(meta.chunkOffsets()).hasSize(3).isSorted();
        assertThat(meta.contentType()).isEqualTo("text/plain");
    }

    @Test
    void theMetaIsPublishedAfterTheLastChunk() throws Exception {
        FileMeta meta = uploader(List.of()).upload("data.txt", new ByteArrayInputStream(bytes(2048)));

        List<ProducerRecord<String, byte[]>> history = producer.history();
        ProducerRecord<String, byte[]> last = history.get(history.size() - 1);
        assertThat(last.topic()).isEqualTo(TOPICS.fileMeta());
        assertThat(last.key()).isEqualTo(meta.id());
        assertThat(Json.read(last.value(), FileMeta.class)).isEqualTo(meta);
        assertThat(sent(TOPICS.files())).hasSize(2);
    }

    @Test
    void anEmptyBodyIsAFileWithoutChunks() throws Exception {
        FileMeta meta = uploader(List.of()).upload("empty.csv", new ByteArrayInputStream(new byte[0]));

        assertThat(meta.size()).isZero();
        assertThat(meta.chunkOffsets()).isEmpty();
        assertThat(meta.checksum()).isEqualTo(sha256(new byte[0]));
        assertThat(sent(TOPICS.files())).isEmpty();
        assertThat(sent(TOPICS.fileMeta())).hasSize(1);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndNoMetaIsPublished() {
        assertThatThrownBy(() -> uploader(List.of()).upload("big.bin", new ByteArrayInputStream(bytes(10_001))))
                .isInstanceOf(FileTooLargeException.class).hasMessageContaining("10000 bytes");
        assertThat(sent(TOPICS.fileMeta())).isEmpty();
    }

    @Test
    void aBodyOfExactlyTheLimitIsStored() throws Exception {
        assertThat(uploader(List.of()).upload("edge.bin", new ByteArrayInputStream(bytes(10_000))).size()).isEqualTo(10_000);
    }

    @Test
    void observersSeeEveryByteInOrderAndTheirFindingsLandInTheIndex() throws Exception {
        byte[] body = bytes(3000);
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        UploadObserver.Factory recorder = name -> new UploadObserver() {
            @Override
            public void bytes(byte[] buf, int off, int len) {
                seen.write(buf, off, len);
            }

            @Override
            public Map<String, Object> finish() {
                return Map.of("observedBytes", seen.size(), "observedName", name);
            }
        };

        FileMeta meta = uploader(List.of(recorder)).upload("seen.txt", new ByteArrayInputStream(body));

        assertThat(seen.toByteArray()).isEqualTo(body);
        assertThat(meta.index()).containsEntry("observedBytes", 3000).containsEntry("observedName", "seen.txt");
        assertThat(Json.read(sent(TOPICS.fileMeta()).get(0).value(), FileMeta.class).index()).containsEntry("observedBytes", 3000);
    }

    @Test
    void noMoreThanTheWindowOfChunksIsInFlight() throws Exception {
        MockProducer<String, byte[]> manual = producer(false);
        FileUploader uploader = new FileUploader(manual, TOPICS, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), List.of());
        CompletableFuture<FileMeta> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return uploader.upload("window.txt", new ByteArrayInputStream(bytes(9 * 1024)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> manual.history().size() == SETTINGS.inFlightChunks());
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> manual.history().size() == SETTINGS.inFlightChunks());
        manual.completeNext();
        await().atMost(Duration.ofSeconds(5)).until(() -> manual.history().size() == SETTINGS.inFlightChunks() + 1);

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            manual.completeNext();
            return upload.isDone();
        });
        assertThat(upload.get().chunkOffsets()).hasSize(9);
    }

    @Test
    void aChunkKafkaRefusesFailsTheUploadWithoutMeta() {
        MockProducer<String, byte[]> manual = producer(false);
        FileUploader uploader = new FileUploader(manual, TOPICS, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC), List.of());
        CompletableFuture<FileMeta> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return uploader.upload("broken.txt", new ByteArrayInputStream(bytes(2048)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> manual.history().size() == 2);
        manual.errorNext(new org.apache.kafka.common.errors.RecordTooLargeException("too big for the topic"));

        assertThat(upload).failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                .havingCause().isInstanceOf(FileStorageException.class).withMessageContaining("too big for the topic");
        assertThat(manual.history()).noneMatch(r -> r.topic().equals(TOPICS.fileMeta()));
    }
}
