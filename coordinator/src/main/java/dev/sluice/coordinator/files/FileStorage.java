package dev.sluice.coordinator.files;

import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.UploadObserver;
import dev.sluice.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The coordinator's files: store an upload, look one up, read its bytes. */
public final class FileStorage implements FileView, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileStorage.class);

    private final FileUploader uploader;
    private final FileView view;
    private final FileChunkReader reader;
    private final FileSettings settings;

    public FileStorage(FileUploader uploader, FileView view, FileChunkReader reader, FileSettings settings) {
        this.uploader = uploader;
        this.view = view;
        this.reader = reader;
        this.settings = settings;
    }

    /** Storage on the Kafka at {@code bootstrapServers}, with a producer of its own. */
    public static FileStorage connect(String bootstrapServers, Topics topics, FileSettings settings, FileView view,
                                      Clock clock, List<UploadObserver.Factory> observers) throws IOException {
        Files.createDirectories(settings.spoolDir());
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(FileUploader.producerProperties(bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        return new FileStorage(new FileUploader(producer, topics, settings, clock, observers), view,
                new FileChunkReader(bootstrapServers, topics), settings);
    }

    /**
     * Stores {@code body} and returns its meta once the view shows it too, so that a GET right
     * after finds the file. See {@link FileUploader#upload} for the failures.
     */
    public FileMeta store(String name, InputStream body) throws IOException {
        FileMeta meta = uploader.upload(name, body);
        if (!awaitVisible(meta.id())) {
            LOG.warn("file {} is stored, but the file view did not show it within {}", meta.id(), settings.visibleWithin());
        }
        return meta;
    }

    @Override
    public Optional<FileMeta> get(String fileId) {
        return view.get(fileId);
    }

    /** The file's bytes, streamed from Kafka a chunk at a time; the caller closes the stream. */
    public InputStream open(FileMeta meta) {
        return reader.open(meta);
    }

    public FileSettings settings() {
        return settings;
    }

    private boolean awaitVisible(String fileId) {
        long deadline = System.nanoTime() + settings.visibleWithin().toNanos();
        while (true) {
            try {
                if (view.get(fileId).isPresent()) {
                    return true;
                }
            } catch (InvalidStateStoreException e) {
                // The store is restoring or rebalancing; it answers again in a moment.
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void close() {
        uploader.close();
    }
}
