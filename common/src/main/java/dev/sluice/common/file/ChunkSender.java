package dev.sluice.common.file;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends the chunks of one file to one partition of the files topic, keyed by the file id with the
 * chunk's index in {@link ChunkHeaders#SEQ}; at most {@code limit} are unacknowledged, so that an
 * upload's or a writer's memory stays bounded however fast bytes arrive. Collects the chunks'
 * offsets in chunk order. Both the coordinator's uploads and the workers' exports write files so.
 */
public final class ChunkSender {

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final String fileId;
    private final int partition;
    private final int limit;
    private final Deque<Future<RecordMetadata>> inFlight = new ArrayDeque<>();
    private final List<Long> offsets = new ArrayList<>();
    private int next;

    public ChunkSender(Producer<String, byte[]> producer, String topic, String fileId, int partition, int limit) {
        this.producer = producer;
        this.topic = topic;
        this.fileId = fileId;
        this.partition = partition;
        this.limit = limit;
    }

    /** Sends the next chunk; {@code chunk} must not be changed afterwards, the producer may still hold it. */
    public void send(byte[] chunk) throws IOException {
        if (inFlight.size() == limit) {
            offsets.add(acknowledged(inFlight.removeFirst()));
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(ChunkHeaders.SEQ, ChunkHeaders.seq(next));
        try {
            inFlight.addLast(producer.send(new ProducerRecord<>(topic, partition, fileId, chunk, headers)));
        } catch (InterruptException e) {
            throw new InterruptedIOException("interrupted while sending chunk " + next + " of file " + fileId);
        } catch (KafkaException e) {
            throw new IOException("Kafka did not take chunk " + next + " of file " + fileId + ": " + e.getMessage(), e);
        }
        next++;
    }

    /** Waits for every chunk still in flight; the offsets of all chunks, in order. */
    public List<Long> drain() throws IOException {
        while (!inFlight.isEmpty()) {
            offsets.add(acknowledged(inFlight.removeFirst()));
        }
        return offsets;
    }

    private long acknowledged(Future<RecordMetadata> sent) throws IOException {
        try {
            return sent.get().offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while storing file " + fileId);
        } catch (ExecutionException e) {
            throw new IOException("Kafka did not store chunk " + offsets.size() + " of file " + fileId + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
