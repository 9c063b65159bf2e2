package dev.sluice.worker.data;

import dev.sluice.common.record.RecordCodec;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;

/**
 * Reads a sheet's records back from the segments that hold them. A segment's offsets may also hold
 * other sheets' records, other batches' rows, and rows a re-delivered batch wrote twice, even at
 * the same time as the run that wrote the segment; only the records of that run (its writer
 * header), within the segment's row range, each greater than the last one delivered, pass.
 * One consumer per call, assigned to one segment's partition at a time; memory is about one fetch.
 */
final class SegmentReader {

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final Duration timeout;

    /**
     * @param consumers makes a consumer without a group that deserializes keys as strings
     * @param timeout   how long a segment may go without a new record before the read fails
     */
    SegmentReader(Supplier<Consumer<String, byte[]>> consumers, String topic, Duration timeout) {
        this.consumers = consumers;
        this.topic = topic;
        this.timeout = timeout;
    }

    void read(String sheetId, List<Segment> segments, java.util.function.Consumer<SheetRecord> each) throws IOException {
        if (segments.stream().allMatch(segment -> segment.rows() == 0)) {
            return;
        }
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            long last = -1;
            for (Segment segment : segments) {
                if (segment.rows() > 0) {
                    last = readSegment(consumer, sheetId, segment, last, each);
                }
            }
        } catch (InterruptException e) {
            throw new InterruptedIOException("interrupted while reading the records of sheet " + sheetId);
        } catch (KafkaException e) {
            throw new IOException("the records of sheet " + sheetId + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Delivers the segment's rows after {@code last}; returns the last row delivered. */
    private long readSegment(Consumer<String, byte[]> consumer, String sheetId, Segment segment, long last,
                             java.util.function.Consumer<SheetRecord> each) throws IOException {
        TopicPartition partition = new TopicPartition(topic, segment.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, segment.fromOffset());
        long endRow = segment.firstRow() + segment.rows();
        RunFilter filter = new RunFilter(sheetId, segment);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.position(partition) <= segment.toOffset()) {
            var records = consumer.poll(Duration.ofMillis(100));
            if (!records.isEmpty()) {
                deadline = System.nanoTime() + timeout.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new IOException(describe(sheetId, segment) + " stopped at offset " + consumer.position(partition)
                        + ": nothing arrived within " + timeout);
            }
            for (ConsumerRecord<String, byte[]> record : records) {
                long row = filter.rowOf(record);
                if (row >= segment.firstRow() && row < endRow && row > last) {
                    each.accept(RecordCodec.read(record.value()));
                    last = row;
                }
            }
        }
        if (last < endRow - 1) {
            throw new IOException(describe(sheetId, segment) + " holds rows only up to " + last
                    + "; the records topic does not match the sheet");
        }
        return last;
    }

    private String describe(String sheetId, Segment segment) {
        return "the segment of rows " + segment.firstRow() + ".." + (segment.firstRow() + segment.rows() - 1)
                + " of sheet " + sheetId + " (" + topic + "-" + segment.partition() + " offsets " + segment.fromOffset()
                + ".." + segment.toOffset() + ")";
    }
}
