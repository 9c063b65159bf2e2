package dev.sluice.coordinator.files;

import dev.sluice.common.file.ChunkHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends the chunks of one file to one partition with at most {@code limit} unacknowledged, and
 * collects their offsets in chunk order. When the window is full, a send waits for the oldest
 * chunk, which keeps an upload's memory bounded however fast the client sends.
 */
final class ChunkWindow {

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final String fileId;
    private final int partition;
    private final int limit;
    private final Deque<Future<RecordMetadata>> inFlight = new ArrayDeque<>();
    private final List<Long> offsets = new ArrayList<>();
    private int next;

    ChunkWindow(Producer<String, byte[]> producer, String topic, String fileId, int partition, int limit) {
        this.producer = producer;
        this.topic = topic;
        this.fileId = fileId;
        this.partition = partition;
        this.limit = limit;
    }

    void send(byte[] chunk) {
        if (inFlight.size() == limit) {
            offsets.add(acknowledged(inFlight.removeFirst()));
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(ChunkHeaders.SEQ, ChunkHeaders.seq(next));
        try {
            inFlight.addLast(producer.send(new ProducerRecord<>(topic, partition, fileId, chunk, headers)));
        } catch (KafkaException e) {
            throw new FileStorageException("Kafka did not take chunk " + next + " of file " + fileId + ": " + e.getMessage(), e);
        }
        next++;
    }

    /** Waits for every chunk still in flight; the offsets of all chunks, in order. */
    List<Long> drain() {
        while (!inFlight.isEmpty()) {
            offsets.add(acknowledged(inFlight.removeFirst()));
        }
        return offsets;
    }

    private long acknowledged(Future<RecordMetadata> sent) {
        try {
            return sent.get().offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileStorageException("interrupted while storing file " + fileId, e);
        } catch (ExecutionException e) {
            throw new FileStorageException("Kafka did not store chunk " + offsets.size() + " of file " + fileId + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
