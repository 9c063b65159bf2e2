package dev.sluice.worker.data;

import dev.sluice.common.file.ChunkSender;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.FileOutput;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * A file a handler writes: its bytes are cut into chunks of {@link #CHUNK_SIZE} and sent to the
 * files topic as they fill, hashed on the way; {@link #finish} sends the last chunk, waits until
 * Kafka holds them all and then publishes the {@link FileMeta}, keyed by the file id, on the
 * file-meta topic. A file that is closed without {@code finish} never gets a meta: its chunks
 * stay invisible. A part of a file written in parts gets no meta of its own: {@code finish} only
 * describes it, and the coordinator joins the parts. Not thread-safe.
 */
final class KafkaFileOutput extends FileOutput {

    /** Bytes per chunk record (1 MiB), as the coordinator's uploader stores files by default. */
    static final int CHUNK_SIZE = 1024 * 1024;
    /** Chunks sent but not yet acknowledged; with the one being filled, a writer holds about 5 MiB. */
    static final int IN_FLIGHT = 4;

    private final Producer<String, byte[]> producer;
    private final String metaTopic;
    private final String fileId;
    private final String name;
    private final int partition;
    private final Instant createdAt;
    private final boolean publishes;
    private final ChunkSender sends;
    private final MessageDigest digest = sha256();
    private byte[] buffer = new byte[CHUNK_SIZE];
    private int filled;
    private long size;
    private String contentType;
    private boolean ended;

    /** @param publishes false for a part of a file, whose meta the coordinator publishes */
    KafkaFileOutput(Producer<String, byte[]> producer, String filesTopic, String metaTopic, String fileId, String name,
                    int partition, Instant createdAt, boolean publishes) {
        this.publishes = publishes;
        this.producer = producer;
        this.metaTopic = metaTopic;
        this.fileId = fileId;
        this.name = name;
        this.partition = partition;
        this.createdAt = createdAt;
        this.sends = new ChunkSender(producer, filesTopic, fileId, partition, IN_FLIGHT);
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        buffer[filled++] = (byte) b;
        if (filled == CHUNK_SIZE) {
            sendBuffered();
        }
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, bytes.length);
        ensureOpen();
        while (len > 0) {
            int n = Math.min(len, CHUNK_SIZE - filled);
            System.arraycopy(bytes, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == CHUNK_SIZE) {
                sendBuffered();
            }
        }
    }

    @Override
    public FileMeta finish() throws IOException {
        ensureOpen();
        if (filled > 0) {
            sendBuffered();
        }
        List<Long> offsets = sends.drain();
        ended = true;
        buffer = null;
        String type = contentType != null ? contentType : ContentTypes.of(name, new byte[0], 0);
        FileMeta meta = new FileMeta(fileId, name, size, HexFormat.of().formatHex(digest.digest()), createdAt, type,
                partition, CHUNK_SIZE, offsets, Map.of());
        if (publishes) {
            publish(meta);
        }
        return meta;
    }

    /** Abandons an unfinished file: what was sent stays without a meta, so no reader finds it. */
    @Override
    public void close() {
        ended = true;
        buffer = null;
    }

    /** Sends the buffered bytes as the next chunk, in an array of their own: the producer may still hold it. */
    private void sendBuffered() throws IOException {
        byte[] chunk = filled == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, filled);
        if (size == 0) {
            contentType = ContentTypes.of(name, chunk, chunk.length);
        }
        digest.update(chunk);
        size += chunk.length;
        sends.send(chunk);
        buffer = new byte[CHUNK_SIZE];
        filled = 0;
    }

    private void publish(FileMeta meta) throws IOException {
        try {
            producer.send(new ProducerRecord<>(metaTopic, fileId, Json.bytes(meta))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while storing the meta of file " + fileId);
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IOException("Kafka did not store the meta of file " + fileId + ": " + cause.getMessage(), cause);
        }
    }

    private void ensureOpen() throws IOException {
        if (ended) {
            throw new IOException("file " + fileId + " is already finished or closed");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
