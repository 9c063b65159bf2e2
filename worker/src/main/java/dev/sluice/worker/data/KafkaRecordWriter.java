package dev.sluice.worker.data;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.sluice.common.record.RecordCodec;
import dev.sluice.common.record.RecordKeys;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.RecordWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;

/**
 * Writes one batch's records of one sheet to one partition of the records topic (see {@link RecordKeys}), in row
 * order, over the worker's shared producer. Rows must follow each other without gaps, so that the
 * {@link Segment} it returns describes them exactly. Not thread-safe: one batch, one thread.
 */
final class KafkaRecordWriter implements RecordWriter {

    /** The segment of a batch that wrote nothing; readers skip it. */
    static final Segment EMPTY = new Segment(0, 0, -1, 0, 0);
    /** How long {@link #finish} waits for acknowledgements after the flush; the producer's own timeouts come first. */
    private static final long ACK_TIMEOUT_MS = 150_000;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Partitions partitions;
    private final Acks acks = new Acks();
    private String sheetId;
    private int partition;
    private long firstRow;
    private long rows;

    /**
     * Names this run in each record it writes, so readers can tell its records from another run's:
     * 64 random bits in base 36, a third of a UUID's bytes on every record.
     */
    private final byte[] writer = Long.toString(new SecureRandom().nextLong() >>> 1, Character.MAX_RADIX)
            .getBytes(StandardCharsets.US_ASCII);
    private final Header[] headers = {new RecordHeader(Segment.WRITER_HEADER, writer)};

    KafkaRecordWriter(Producer<String, byte[]> producer, String topic, Partitions partitions) {
        this.producer = producer;
        this.topic = topic;
        this.partitions = partitions;
    }

    @Override
    public void write(SheetRecord record) throws IOException {
        if (sheetId == null) {
            sheetId = record.sheetId();
            firstRow = record.row();
            partition = RecordKeys.partition(sheetId, firstRow, partitions.count(topic));
        } else {
            checkFollows(record);
        }
        if (acks.failed()) {
            acks.throwIfFailed(what());
        }
        try {
            producer.send(new ProducerRecord<>(topic, partition, record.id(), RecordCodec.bytes(record),
                    new RecordHeaders(headers)), acks);
        } catch (InterruptException e) {
            throw new InterruptedIOException("interrupted while sending row " + record.row() + " of sheet " + sheetId);
        } catch (KafkaException e) {
            throw new IOException("Kafka did not take row " + record.row() + " of sheet " + sheetId + ": " + e.getMessage(), e);
        }
        rows++;
    }

    @Override
    public Segment finish() throws IOException {
        if (rows == 0) {
            return EMPTY;
        }
        try {
            producer.flush();
        } catch (InterruptException e) {
            throw new InterruptedIOException("interrupted while storing " + what());
        }
        acks.await(rows, ACK_TIMEOUT_MS, what());
        return new Segment(partition, acks.minOffset(), acks.maxOffset(), firstRow, rows,
                new String(writer, StandardCharsets.US_ASCII));
    }

    private void checkFollows(SheetRecord record) {
        if (!sheetId.equals(record.sheetId())) {
            throw new IllegalArgumentException("one writer writes one sheet: " + sheetId + ", not " + record.sheetId());
        }
        if (record.row() != firstRow + rows) {
            throw new IllegalArgumentException("rows must follow each other: expected row " + (firstRow + rows)
                    + " of sheet " + sheetId + ", got " + record.row());
        }
    }

    private String what() {
        return "rows " + firstRow + ".." + (firstRow + rows - 1) + " of sheet " + sheetId;
    }
}
