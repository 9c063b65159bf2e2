package dev.sluice.formats.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts an NDJSON file into ranges for workers, in one pass over its raw bytes fed chunk by chunk as
 * the file is uploaded. NDJSON needs no grammar for this: JSON text never holds a raw LF (inside a
 * string it is written {@code \n}), so every LF ends a line. The scanner counts the non-blank lines
 * as {@link JsonReader} does (a blank line holds only spaces, tabs and CRs; a UTF-8 byte order mark at
 * byte 0 is not content), so each range's {@link NdjsonRange#firstRowIndex()} is exact. Memory is one
 * range start per range.
 */
public final class NdjsonScanner {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long targetRangeBytes;
    private final List<long[]> starts = new ArrayList<>();
    private long position;
    private long rows;
    private long nextRangeAt;
    private boolean lineHasContent;
    private int bomMatched;
    private List<NdjsonRange> ranges;

    /** @param targetRangeBytes a range ends at the first line boundary at or after its start plus this many bytes */
    public NdjsonScanner(long targetRangeBytes) {
        if (targetRangeBytes < 1) {
            throw new IllegalArgumentException("targetRangeBytes must be at least 1, not " + targetRangeBytes);
        }
        this.targetRangeBytes = targetRangeBytes;
        this.nextRangeAt = targetRangeBytes;
        starts.add(new long[] {0, 0});
    }

    /** Scans the next {@code len} bytes of the file. */
    public void feed(byte[] buf, int off, int len) {
        if (ranges != null) {
            throw new IllegalStateException("the scan is finished");
        }
        for (int i = off; i < off + len; i++) {
            step(buf[i]);
        }
    }

    /** Ends the scan; returns the ranges, which cover the file from byte 0 to its end without gaps. */
    public List<NdjsonRange> finish() {
        if (ranges == null) {
            endLine();
            if (starts.size() > 1 && starts.get(starts.size() - 1)[0] == position) {
                starts.remove(starts.size() - 1); // no range starts at the end of the file
            }
            List<NdjsonRange> result = new ArrayList<>(starts.size());
            for (int i = 0; i < starts.size(); i++) {
                long end = i + 1 < starts.size() ? starts.get(i + 1)[0] : position;
                result.add(new NdjsonRange(starts.get(i)[0], end, starts.get(i)[1]));
            }
            ranges = Collections.unmodifiableList(result);
        }
        return ranges;
    }

    /** The file's rows (non-blank lines); complete after {@link #finish()}. */
    public long totalRows() {
        return rows;
    }

    /** The bytes fed so far. */
    public long totalBytes() {
        return position;
    }

    private void step(byte b) {
        if (position < BOM.length && bomMatched == position && b == BOM[(int) position]) {
            bomMatched++;
            position++;
            return;
        }
        if (bomMatched > 0 && bomMatched < BOM.length) {
            lineHasContent = true; // the start of a byte order mark, but not a whole one: bytes the reader will reject
            bomMatched = BOM.length;
        }
        position++;
        if (b == '\n') {
            endLine();
            if (position >= nextRangeAt) {
                starts.add(new long[] {position, rows});
                nextRangeAt = position + targetRangeBytes;
            }
        } else if (b != ' ' && b != '\t' && b != '\r') {
            lineHasContent = true;
        }
    }

    private void endLine() {
        if (bomMatched > 0 && bomMatched < BOM.length) {
            lineHasContent = true;
            bomMatched = BOM.length;
        }
        if (lineHasContent) {
            rows++;
        }
        lineHasContent = false;
    }
}
