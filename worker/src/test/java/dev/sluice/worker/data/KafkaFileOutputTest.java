package dev.sluice.worker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.ChunkHeaders;
import dev.sluice.common.file.ContentSniffer;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.worker.testing.InMemoryDataAccess;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaFileOutputTest {

    private static final String FILES = "sluice.files";
    private static final String META = "sluice.file-meta";
    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

    private final MockProducer<String, byte[]> producer = MockProducers.of(true, FILES, META);

    @Test
    void bytesAreSentAsNumberedChunksOfOneMebibyteToOnePartitionAndTheMetaComesLast() throws Exception {
        byte[] bytes = text(2 * KafkaFileOutput.CHUNK_SIZE + 100);
        var out = new KafkaFileOutput(producer, FILES, META, "file_1", "big.csv", 2, CREATED, true);
        out.write(bytes, 0, 10);
        out.write(bytes, 10, bytes.length - 10);
        FileMeta meta = out.finish();

        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic).containsExactly(FILES, FILES, FILES, META);
        assertThat(sent.subList(0, 3)).allSatisfy(chunk -> {
            assertThat(chunk.key()).isEqualTo("file_1");
            assertThat(chunk.partition()).isEqualTo(2);
        });
        assertThat(sent.subList(0, 3)).extracting(chunk -> ChunkHeaders.seqOf(chunk.headers())).containsExactly(0, 1, 2);
        assertThat(sent.get(2).value()).isEqualTo(Arrays.copyOfRange(bytes, 2 * KafkaFileOutput.CHUNK_SIZE, bytes.length));
        assertThat(meta).isEqualTo(new FileMeta("file_1", "big.csv", bytes.length, InMemoryDataAccess.sha256(bytes), CREATED,
                ContentSniffer.CSV, 2, KafkaFileOutput.CHUNK_SIZE, List.of(0L, 1L, 2L), null));
        assertThat(sent.get(3).key()).isEqualTo("file_1");
        assertThat(Json.read(sent.get(3).value(), FileMeta.class)).isEqualTo(meta);
    }

    @Test
    void aPartOfAFileSendsItsChunksButNoMeta() throws Exception {
        byte[] bytes = text(KafkaFileOutput.CHUNK_SIZE + 7);
        var out = new KafkaFileOutput(producer, FILES, META, "file_1", "big.json", 1, CREATED, false);
        out.write(bytes);
        FileMeta part = out.finish();

        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly(FILES, FILES);
        assertThat(part.size()).isEqualTo(bytes.length);
        assertThat(part.checksum()).isEqualTo(InMemoryDataAccess.sha256(bytes));
        assertThat(part.chunkOffsets()).containsExactly(0L, 1L);
    }

    @Test
    void aNameWithoutAKnownExtensionGetsTheSniffedType() throws Exception {
        var out = new KafkaFileOutput(producer, FILES, META, "file_1", "notes", 0, CREATED, true);
        out.write("just some words\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(out.finish().contentType()).isEqualTo(ContentSniffer.TEXT);
    }

    @Test
    void aClosedFileIsNeverPublished() throws Exception {
        var out = new KafkaFileOutput(producer, FILES, META, "file_1", "x.json", 0, CREATED, true);
        out.write('[');
        out.close();

        assertThatThrownBy(out::finish).isInstanceOf(IOException.class).hasMessage("file file_1 is already finished or closed");
        assertThat(producer.history()).isEmpty();
    }

    private static byte[] text(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = i % 40 == 39 ? (byte) '\n' : i % 8 == 7 ? (byte) ',' : (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
