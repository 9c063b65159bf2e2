package dev.sluice.common.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A byte range of a file in parts: the parts that cover it, one after another, each read as a file
 * of its own (chunks) or from the meta (text). Only the part being read is open.
 */
final class PartsInputStream extends InputStream {

    /** Opens the bytes {@code [start, end)} of a part of chunks, as a whole file. */
    @FunctionalInterface
    interface PartReader {
        InputStream open(FileMeta part, long start, long end);
    }

    private final FileMeta meta;
    private final long end;
    private final PartReader reader;
    private long position;
    private int part = -1;
    /** Where the current part starts in the file. */
    private long partStart;
    private InputStream current;
    private boolean closed;

    PartsInputStream(FileMeta meta, long start, long end, PartReader reader) {
        if (start < 0 || end < start || end > meta.size()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not within a file of " + meta.size() + " bytes");
        }
        this.meta = meta;
        this.position = start;
        this.end = end;
        this.reader = reader;
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
        if (len == 0) {
            return 0;
        }
        while (position < end) {
            if (current == null) {
                openPartAt(position);
            }
            int n = current.read(buf, off, (int) Math.min(len, end - position));
            if (n > 0) {
                position += n;
                return n;
            }
            nextPart();
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** Opens the part that holds byte {@code at}, from that byte to the part's end or the range's. */
    private void openPartAt(long at) {
        if (part < 0) {
            part = 0;
            partStart = 0;
        }
        while (partStart + meta.parts().get(part).size() <= at) {
            partStart += meta.parts().get(part).size();
            part++;
        }
        FilePart piece = meta.parts().get(part);
        long from = at - partStart;
        long to = Math.min(piece.size(), end - partStart);
        if (piece.text() != null) {
            byte[] bytes = piece.text().getBytes(StandardCharsets.UTF_8);
            current = new ByteArrayInputStream(bytes, (int) from, (int) (to - from));
        } else {
            current = reader.open(meta.partAsFile(piece), from, to);
        }
    }

    private void nextPart() throws IOException {
        current.close();
        current = null;
        partStart += meta.parts().get(part).size();
        part++;
    }
}
