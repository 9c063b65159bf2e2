package dev.sluice.worker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.file.ContentSniffer;
import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.worker.data.KafkaDataAccess;
import dev.sluice.worker.testing.DataAccessContract;
import dev.sluice.worker.testing.InMemoryDataAccess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kafka adapter against the embedded broker: the data access contract, and what other readers see of its files. */
class KafkaDataAccessIT extends WorkerTestBase implements DataAccessContract {

    private static final AtomicInteger SHEETS = new AtomicInteger();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    private KafkaDataAccess data;

    @BeforeEach
    void createDataAccess() throws Exception {
        bed.createDataTopics();
        data = new KafkaDataAccess(bed.bootstrapServers(), bed.topics, "it-data", CLOCK);
    }

    @AfterEach
    void closeDataAccess() {
        data.close();
    }

    @Override
    public DataAccess data() {
        return data;
    }

    @Override
    public int recordPartitions() {
        return TestBed.RECORD_PARTITIONS;
    }

    @Override
    public String freshSheetId() {
        return "sh_" + SHEETS.incrementAndGet();
    }

    @Test
    void aWrittenFileIsReadBackByAnyReaderAndItsMetaIsPublished() throws Exception {
        byte[] bytes = new byte[5 * 1024 * 1024 + 321];
        new Random(7).nextBytes(bytes);
        FileMeta meta;
        try (var out = data.createFile("file_it1", "random.bin")) {
            out.write(bytes);
            meta = out.finish();
        }

        try (InputStream in = new FileChunkReader(bed.bootstrapServers(), bed.topics).open(meta)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(meta.chunkOffsets()).hasSize(6);
        assertThat(meta.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(meta.contentType()).isEqualTo(ContentSniffer.BINARY);
        try (var published = new Collector<>(bed.bootstrapServers(), bed.topics.fileMeta(), FileMeta.class)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !published.values().isEmpty());
            assertThat(published.values()).singleElement().satisfies(stored -> {
                assertThat(stored).isEqualTo(meta);
                assertThat(stored.size()).isEqualTo(bytes.length);
                assertThat(stored.checksum()).isEqualTo(InMemoryDataAccess.sha256(bytes));
            });
        }
    }

    @Test
    void aFileNamedJsonIsJsonWhateverItsFirstBytes() throws Exception {
        var out = data.createFile("file_it2", "export.json");
        out.write("  \n".getBytes(StandardCharsets.UTF_8));

        assertThat(out.finish().contentType()).isEqualTo(ContentSniffer.JSON);
    }
}
