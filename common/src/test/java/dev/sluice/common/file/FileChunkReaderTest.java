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
}
