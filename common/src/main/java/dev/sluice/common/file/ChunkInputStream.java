package dev.sluice.common.file;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/** A byte range of a stored file, fetched chunk by chunk from the files topic. */
final class ChunkInputStream extends InputStream {

    private final FileMeta meta;
    private final ChunkLayout layout;
    private final long end;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final TopicPartition partition;
    private final Duration timeout;
    private Consumer<String, byte[]> consumer;
    private long position;
    private long consumerPosition = -1;
    private byte[] chunk;
    private int chunkIndex = -1;
    private boolean closed;

    ChunkInputStream(FileMeta meta, long start, long end, Supplier<Consumer<String, byte[]>> consumers, String topic,
                     Duration timeout) {
        meta.layout().covering(start, end);
        this.meta = meta;
        this.layout = meta.layout();
        this.position = start;
        this.end = end;
        this.consumers = consumers;
        this.partition = new TopicPartition(topic, meta.partition());
        this.timeout = timeout;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (closed) {
            throw new IOException("the stream of file " + meta.id() + " is closed");
        }
        if (position >= end) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int index = layout.chunkOf(position);
        if (index != chunkIndex) {
            chunk = fetch(index);
            chunkIndex = index;
        }
        int within = (int) (position - layout.chunkStart(index));
        int n = (int) Math.min(Math.min(len, chunk.length - within), end - position);
        System.arraycopy(chunk, within, buf, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        if (chunk == null || position >= end || layout.chunkOf(position) != chunkIndex) {
            return 0;
        }
        long chunkEnd = layout.chunkStart(chunkIndex) + chunk.length;
        return (int) (Math.min(chunkEnd, end) - position);
    }

    @Override
    public void close() {
        if (!closed && consumer != null) {
            consumer.close(Duration.ofSeconds(5));
        }
        closed = true;
        chunk = null;
    }

    private byte[] fetch(int index) throws IOException {
        long offset = meta.chunkOffsets().get(index);
        try {
            if (consumer == null) {
                consumer = consumers.get();
                consumer.assign(List.of(partition));
            }
            if (consumerPosition != offset) {
                consumer.seek(partition, offset);
            }
            return await(index, offset);
        } catch (KafkaException e) {
            throw new IOException(where(index, offset) + " could not be read: " + e.getMessage(), e);
        }
    }

    private byte[] await(int index, long offset) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            byte[] found = null;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.offset() == offset) {
                    found = verified(record, index);
                } else if (record.offset() > offset && found == null) {
                    throw new IOException(where(index, offset) + " is missing; the topic has offset " + record.offset() + " next");
                }
            }
            consumerPosition = consumer.position(partition);
            if (found != null) {
                return found;
            }
        }
        throw new IOException(where(index, offset) + " did not arrive within " + timeout);
    }

    private byte[] verified(ConsumerRecord<String, byte[]> record, int index) throws IOException {
        String problem = null;
        if (!meta.id().equals(record.key())) {
            problem = "has key " + record.key();
        } else if (ChunkHeaders.seqOf(record.headers()) != index) {
            problem = "has " + ChunkHeaders.SEQ + " " + ChunkHeaders.seqOf(record.headers());
        } else if (record.value() == null || record.value().length != layout.chunkLength(index)) {
            problem = "has " + (record.value() == null ? "no value" : record.value().length + " bytes")
                    + " instead of " + layout.chunkLength(index);
        }
        if (problem != null) {
            throw new IOException(where(index, record.offset()) + " " + problem + "; the file's meta does not match the topic");
        }
        return record.value();
    }

    private String where(int index, long offset) {
        return "chunk " + index + " of file " + meta.id() + " (" + partition + " offset " + offset + ")";
    }
}
