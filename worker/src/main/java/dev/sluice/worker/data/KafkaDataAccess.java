package dev.sluice.worker.data;

import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.FileOutput;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/**
 * Files and sheet records in Kafka, for every batch of one worker. Files are read with
 * {@link FileChunkReader} and written as chunks to {@link Topics#files()} with their meta on
 * {@link Topics#fileMeta()}; records go to {@link Topics#records()}, one sheet per partition. Writes
 * share one idempotent producer ({@code acks=all}), made when first needed, so a worker that moves
 * no data opens no extra connection; each read uses consumers of its own. Thread-safe; close it
 * with the worker.
 */
public final class KafkaDataAccess implements DataAccess, AutoCloseable {

    /** How long a read waits for the next chunk or record before it fails (30 s). */
    public static final Duration READ_TIMEOUT = FileChunkReader.DEFAULT_TIMEOUT;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final Topics topics;
    private final String clientId;
    private final Clock clock;
    private final FileChunkReader files;
    private final SegmentReader records;
    private Producer<String, byte[]> producer; // guarded by this; null until the first write
    private Partitions partitions; // guarded by this; made with the producer
    private boolean closed; // guarded by this

    /**
     * @param clientId the producer's {@code client.id}, such as the worker's id and {@code -data}
     * @param clock    stamps the {@link FileMeta#createdAt()} of written files
     */
    public KafkaDataAccess(String bootstrapServers, Topics topics, String clientId, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.clientId = clientId;
        this.clock = clock;
        this.files = new FileChunkReader(bootstrapServers, topics);
        this.records = new SegmentReader(
                () -> new KafkaConsumer<>(DataClients.recordConsumer(bootstrapServers)), topics.records(), READ_TIMEOUT);
    }

    @Override
    public InputStream openFile(FileMeta file, long start, long end) {
        return files.open(file, start, end);
    }

    @Override
    public RecordWriter writeRecords() {
        return new KafkaRecordWriter(producer(), topics.records(), partitions());
    }

    @Override
    public void readRecords(String sheetId, List<Segment> segments, Consumer<SheetRecord> each) throws IOException {
        records.read(sheetId, segments, each);
    }

    @Override
    public FileOutput createFile(String fileId, String name) throws IOException {
        return fileOutput(fileId, name, true);
    }

    @Override
    public FileOutput createFilePart(String fileId, String name) throws IOException {
        return fileOutput(fileId, name, false);
    }

    private FileOutput fileOutput(String fileId, String name, boolean publishes) throws IOException {
        Producer<String, byte[]> sender = producer();
        int partition = partitions().forKey(topics.files(), fileId);
        return new KafkaFileOutput(sender, topics.files(), topics.fileMeta(), fileId, name, partition, clock.instant(),
                publishes);
    }

    /** Closes the producer, waiting a while for what is still being sent. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close(CLOSE_TIMEOUT);
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (closed) {
            throw new IllegalStateException("the data access of " + clientId + " is closed");
        }
        if (producer == null) {
            KafkaProducer<String, byte[]> made = new KafkaProducer<>(DataClients.producer(bootstrapServers, clientId));
            partitions = new Partitions(made::partitionsFor);
            producer = made;
        }
        return producer;
    }

    private synchronized Partitions partitions() {
        return partitions;
    }
}
