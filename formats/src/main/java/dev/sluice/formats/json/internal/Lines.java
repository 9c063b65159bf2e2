package dev.sluice.formats.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits bytes into lines at LF, keeping at most {@code maxLineBytes} of a line: a longer line is
 * reported as too long and skipped up to its LF without being stored, so memory stays bounded.
 * Lines that start at or after {@code end} are not read.
 */
final class Lines {
    private final InputStream in;
    private final long end;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 << 10];
    private int chunkPos;
    private int chunkLen;
    private long position;
    private byte[] line = new byte[1024];
    private boolean eof;
    private boolean firstLineAtZero;

    /** @param position the absolute file offset of the first byte {@code in} gives, which starts a line */
    Lines(InputStream in, long position, long end, int maxLineBytes) {
        this.in = in;
        this.position = position;
        this.end = end;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Lines at the start of a file whose byte order mark (already dropped) ends at {@code position}: the
     * first line begins at byte 0, before the mark, so it belongs to any range that starts at 0.
     */
    static Lines afterByteOrderMark(InputStream in, long position, long end, int maxLineBytes) {
        Lines lines = new Lines(in, position, end, maxLineBytes);
        lines.firstLineAtZero = end > 0;
        return lines;
    }

    /** The next line, or null at the end of the input or of the range. */
    Line next() throws IOException {
        boolean inRange = position < end || firstLineAtZero;
        firstLineAtZero = false;
        if (!inRange || !fill()) {
            return null;
        }
        long offset = position;
        int length = 0;
        boolean blank = true;
        boolean tooLong = false;
        while (fill()) {
            byte b = chunk[chunkPos++];
            position++;
            if (b == '\n') {
                break;
            }
            blank &= b == ' ' || b == '\t' || b == '\r';
            if (length == maxLineBytes) {
                tooLong = true;
            } else {
                append(length++, b);
            }
        }
        return new Line(offset, line, length, blank, tooLong);
    }

    /** Drops the bytes up to and including the first LF: the rest of a line that began before the range. */
    void skipPartialLine() throws IOException {
        while (fill()) {
            position++;
            if (chunk[chunkPos++] == '\n') {
                return;
            }
        }
    }

    private void append(int at, byte b) {
        if (at == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes));
        }
        line[at] = b;
    }

    private boolean fill() throws IOException {
        while (chunkPos == chunkLen && !eof) {
            chunkLen = in.read(chunk);
            chunkPos = 0;
            if (chunkLen < 0) {
                chunkLen = 0;
                eof = true;
            }
        }
        return chunkPos < chunkLen;
    }
}
