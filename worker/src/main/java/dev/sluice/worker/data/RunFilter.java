package dev.sluice.worker.data;

import dev.sluice.common.record.Segment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Tells which records at a segment's offsets belong to it: those of its sheet, within its offsets,
 * written by its run. Read once per record of a sheet, so it compares key characters and header
 * bytes in place instead of cutting strings.
 */
final class RunFilter {

    private static final int ROW_DIGITS = 12;

    private final String sheetId;
    private final long toOffset;
    /** The writer's header value, or null when the segment names no writer. */
    private final byte[] writer;

    RunFilter(String sheetId, Segment segment) {
        this.sheetId = sheetId;
        this.toOffset = segment.toOffset();
        this.writer = segment.writer() == null ? null : segment.writer().getBytes(StandardCharsets.UTF_8);
    }

    /** The row of a record of the sheet within the segment's offsets and run, or -1 for any other record. */
    long rowOf(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (record.offset() > toOffset || key == null || record.value() == null || !writtenByRun(record)) {
            return -1;
        }
        int slash = sheetId.length();
        if (key.length() < slash + 1 + ROW_DIGITS || key.charAt(slash) != '/' || !key.startsWith(sheetId)) {
            return -1;
        }
        long row = 0;
        for (int i = slash + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        return row;
    }

    private boolean writtenByRun(ConsumerRecord<String, byte[]> record) {
        if (writer == null) {
            return true;
        }
        Header header = record.headers().lastHeader(Segment.WRITER_HEADER);
        return header != null && Arrays.equals(writer, header.value());
    }
}
