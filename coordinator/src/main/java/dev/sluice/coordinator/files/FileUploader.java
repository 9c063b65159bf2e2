package dev.sluice.coordinator.files;

import dev.sluice.common.file.ChunkSender;
import dev.sluice.common.file.ContentSniffer;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.UploadObserver;
import dev.sluice.common.json.Json;
import dev.sluice.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import dev.sluice.common.topic.KeyPartition;

/**
 * Streams an upload into the files topic: it reads the body one chunk at a time, hashes it, shows
 * it to the observers, and sends it with at most a few chunks in flight; once Kafka holds every
 * chunk it publishes the file's meta. A failed upload leaves chunks that no meta points at; they
 * are invisible and only cost disk. Thread-safe: one uploader serves all requests.
 */
public final class FileUploader implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final Topics topics;
    private final FileSettings settings;
    private final Clock clock;
    private final List<UploadObserver.Factory> observers;

    public FileUploader(Producer<String, byte[]> producer, Topics topics, FileSettings settings, Clock clock,
                        List<UploadObserver.Factory> observers) {
        this.producer = producer;
        this.topics = topics;
        this.settings = settings;
        this.clock = clock;
        this.observers = List.copyOf(observers);
    }

    /** Idempotent, acknowledged by all in-sync replicas, compressed: chunks of text shrink several times. */
    public static Properties producerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(FileSettings.MAX_MESSAGE_BYTES));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "sluice-file-uploader");
        return props;
    }

    /**
     * Stores {@code body} as a file called {@code name} and returns its meta once Kafka holds it.
     *
     * @throws FileTooLargeException when the body passes {@link FileSettings#maxFileSize()}
     * @throws FileStorageException  when Kafka does not take a chunk or the meta
     * @throws IOException           when the body cannot be read
     */
    public FileMeta upload(String name, InputStream body) throws IOException {
        Instant createdAt = clock.instant();
        String id = FileIds.fresh(createdAt);
        int partition = partitionOf(id);
        ChunkSender window = new ChunkSender(producer, topics.files(), id, partition, settings.inFlightChunks());
        UploadTap tap = new UploadTap(observers.stream().map(factory -> factory.start(name)).toList());
        long size = 0;
        String contentType = ContentSniffer.sniff(new byte[0], 0);
        for (byte[] chunk = nextChunk(body); chunk != null; chunk = nextChunk(body)) {
            if (size + chunk.length > settings.maxFileSize()) {
                throw new FileTooLargeException(settings.maxFileSize());
            }
            if (size == 0) {
                contentType = ContentSniffer.sniff(chunk, chunk.length);
            }
            size += chunk.length;
            tap.bytes(chunk);
            byte[] stored = chunk;
            stored(() -> {
                window.send(stored);
                return null;
            });
        }
        List<Long> offsets = stored(window::drain);
        FileMeta meta = new FileMeta(id, name, size, tap.checksum(), createdAt, contentType, partition,
                settings.chunkSize(), offsets, tap.index());
        publish(meta);
        return meta;
    }

    private interface KafkaStep<T> {
        T run() throws IOException;
    }

    /** Kafka's failures to store are the storage's, not the request body's. */
    private static <T> T stored(KafkaStep<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new FileStorageException(e.getMessage(), e);
        }
    }

    /** A full chunk, a shorter last one, or null at the end. Each is a new array: the producer may still hold the last. */
    private byte[] nextChunk(InputStream body) throws IOException {
        byte[] chunk = new byte[settings.chunkSize()];
        int n = body.readNBytes(chunk, 0, chunk.length);
        if (n == 0) {
            return null;
        }
        return n == chunk.length ? chunk : Arrays.copyOf(chunk, n);
    }

    /** The partition the default partitioner would pick for the key, fixed for every chunk even if partitions are added meanwhile. */
    private int partitionOf(String id) {
        try {
            int count = producer.partitionsFor(topics.files()).size();
            return KeyPartition.of(id, count);
        } catch (KafkaException e) {
            throw new FileStorageException("the files topic " + topics.files() + " is not available: " + e.getMessage(), e);
        }
    }

    private void publish(FileMeta meta) {
        try {
            producer.send(new ProducerRecord<>(topics.fileMeta(), meta.id(), Json.bytes(meta))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileStorageException("interrupted while storing the meta of file " + meta.id(), e);
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new FileStorageException("Kafka did not store the meta of file " + meta.id() + ": " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
