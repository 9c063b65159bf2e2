package dev.sluice.common.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class FileChunkReaderTest {

    private static final String TOPIC = "sluice.files";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 1);

    private final byte[] bytes = new byte[2500];
    private final List<ConsumerRecord<String, byte[]>> log = new ArrayList<>();
    private final AtomicInteger consumersMade = new AtomicInteger();
    private final AtomicInteger seeks = new AtomicInteger();
    private FileMeta meta;

    FileChunkReaderTest() {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        List<Long> offsets = new ArrayList<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            append("file_other", 0, new byte[]{1, 2, 3});
            offsets.add(append("file_1", chunk, Arrays.copyOfRange(bytes, chunk * 1000, Math.min(bytes.length, chunk * 1000 + 1000))));
        }
        meta = new FileMeta("file_1", "x.bin", bytes.length, "0".repeat(64), Instant.EPOCH, ContentSniffer.BINARY,
                1, 1000, offsets, Map.of());
    }

    private long append(String key, int seq, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ChunkHeaders.SEQ, ChunkHeaders.seq(seq));
        long offset = log.size();
        log.add(new ConsumerRecord<>(TOPIC, 1, offset, 0L, TimestampType.CREATE_TIME, 0, value.length, key, value,
                headers, java.util.Optional.empty()));
        return offset;
    }

    private FileChunkReader reader() {
        return new FileChunkReader(() -> {
            consumersMade.incrementAndGet();
            MockConsumer<String, byte[]> consumer = new MockConsumer<>("none") {
                @Override
                public synchronized void seek(TopicPartition partition, long offset) {
                    seeks.incrementAndGet();
                    super.seek(partition, offset);
                }
            };
            consumer.setMaxPollRecords(1);
            consumer.assign(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            log.forEach(consumer::addRecord);
            consumer.unsubscribe();
            return consumer;
        }, TOPIC, Duration.ofSeconds(2));
    }

    private byte[] read(long start, long end) throws IOException {
        try (InputStream in = reader().open(meta, start, end)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theWholeFileReadsBackExactly() throws IOException {
        assertThat(read(0, 2500)).isEqualTo(bytes);
    }

    @Test
    void aRangeAcrossAChunkBorderReadsExactlyThoseBytes() throws IOException {
        assertThat(read(990, 1010)).isEqualTo(Arrays.copyOfRange(bytes, 990, 1010));
        assertThat(read(500, 2100)).isEqualTo(Arrays.copyOfRange(bytes, 500, 2100));
    }

    @Test
    void theLastPartialChunkReads() throws IOException {
        assertThat(read(2400, 2500)).isEqualTo(Arrays.copyOfRange(bytes, 2400, 2500));
    }

    @Test
    void anEmptyRangeReadsNothingAndMakesNoConsumer() throws IOException {
        assertThat(read(1000, 1000)).isEmpty();
        assertThat(consumersMade).hasValue(0);
    }

    @Test
    void chunksThatFollowEachOtherAreReadWithOneSeek() throws IOException {
        log.clear();
        List<Long> offsets = new ArrayList<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            offsets.add(append("file_1", chunk, Arrays.copyOfRange(bytes, chunk * 1000, Math.min(bytes.length, chunk * 1000 + 1000))));
        }
        meta = new FileMeta("file_1", "x.bin", bytes.length, "0".repeat(64), Instant.EPOCH, ContentSniffer.BINARY,
                1, 1000, offsets, Map.of());
        assertThat(read(0, 2500)).isEqualTo(bytes);
        assertThat(seeks).hasValue(1);
    }

    @Test
    void aChunkMissingFromTheTopicIsAnError() {
        long second = meta.chunkOffsets().get(1);
        log.removeIf(record -> record.offset() == second);
        assertThatThrownBy(() -> read(0, 2500)).isInstanceOf(IOException.class)
                .hasMessageContaining("chunk 1 of file file_1").hasMessageContaining("is missing");
    }

    @Test
    void aChunkUnderAnotherFilesKeyIsAnError() {
        meta = new FileMeta("file_2", "x.bin", bytes.length, "0".repeat(64), Instant.EPOCH, ContentSniffer.BINARY,
                1, 1000, meta.chunkOffsets(), Map.of());
        assertThatThrownBy(() -> read(0, 10)).isInstanceOf(IOException.class).hasMessageContaining("has key file_1");
    }

    @Test
    void aRangeBeyondTheFileIsRefused() {
        assertThatThrownBy(() -> reader().open(meta, 0, 2501)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileInPartsReadsAsItsPartsOneAfterAnotherOverEveryRange() throws IOException {
        byte[] a = Arrays.copyOfRange(bytes, 0, 500);
        byte[] b = Arrays.copyOfRange(bytes, 500, 1700);
        FilePart partA = new FilePart(a.length, sha256(a), List.of(append("file_1", 0, a)), null);
        FilePart partB = new FilePart(b.length, sha256(b), List.of(append("file_1", 0, Arrays.copyOf(b, 1000)),
                append("file_1", 1, Arrays.copyOfRange(b, 1000, 1200))), null);
        List<FilePart> parts = List.of(FilePart.text("["), partA, FilePart.text(",,"), partB, FilePart.text("]"));
        meta = new FileMeta("file_1", "x.bin", 1 + 500 + 2 + 1200 + 1, FilePart.checksumOf(parts), Instant.EPOCH,
                ContentSniffer.BINARY, 1, 1000, List.of(), Map.of(), parts);
        byte[] whole = new byte[1704];
        whole[0] = '[';
        System.arraycopy(a, 0, whole, 1, 500);
        whole[501] = ',';
        whole[502] = ',';
        System.arraycopy(b, 0, whole, 503, 1200);
        whole[1703] = ']';

        assertThat(read(0, whole.length)).isEqualTo(whole);
        assertThat(read(400, 1600)).isEqualTo(Arrays.copyOfRange(whole, 400, 1600));
        assertThat(read(501, 503)).isEqualTo(new byte[]{',', ','});
        assertThat(read(1703, 1704)).isEqualTo(new byte[]{']'});
        assertThat(read(700, 700)).isEmpty();
        assertThat(meta.checksumAlgorithm()).isEqualTo(FileMeta.SHA_256_OF_PARTS);
    }

    @Test
    void aFileInPartsMustBeAsLongAsItsPartsAndKeepItsChunksInThem() {
        List<FilePart> parts = List.of(FilePart.text("ab"));
        assertThatThrownBy(() -> new FileMeta("file_1", "x", 3, FilePart.checksumOf(parts), Instant.EPOCH, "text/plain",
                0, 1000, List.of(), Map.of(), parts)).hasMessageContaining("as long as its parts");
        assertThatThrownBy(() -> new FileMeta("file_1", "x", 2, FilePart.checksumOf(parts), Instant.EPOCH, "text/plain",
                0, 1000, List.of(5L), Map.of(), parts)).hasMessageContaining("its chunks in its parts");
        assertThatThrownBy(() -> new FileMeta("file_1", "x", 2500, FilePart.checksumOf(parts), Instant.EPOCH, "text/plain",
                0, 1000, List.of(), Map.of(), List.of(new FilePart(2500, "0".repeat(64), List.of(1L), null))))
                .hasMessageContaining("a part of 2500 bytes has 1 chunks");
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
