package dev.sluice.coordinator.plan.extract;

import dev.sluice.formats.sniff.ByteSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The parts of an upload that a content sniff reads, kept while the bytes stream past: the first
 * {@code headBytes}, and, only for a file that starts like a zip, the last {@code tailBytes} (where a
 * zip keeps its directory). Seen as a {@link ByteSource} of the whole file that can serve ranges
 * within those parts; any other range is an {@link IOException}.
 */
final class KeptBytes {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final byte[] head;
    private final byte[] tail;
    private int headLength;
    private long size;

    KeptBytes(int headBytes, int tailBytes) {
        this.head = new byte[headBytes];
        this.tail = new byte[tailBytes];
    }

    void feed(byte[] buf, int off, int len) {
        int toHead = (int) Math.min(len, Math.max(0, head.length - size));
        System.arraycopy(buf, off, head, headLength, toHead);
        headLength += toHead;
        if (isZip()) {
            keepInTail(buf, off, len);
        }
        size += len;
    }

    /** Only the last {@code tail.length} bytes matter; they wrap around the ring at most once. */
    private void keepInTail(byte[] buf, int off, int len) {
        int skip = Math.max(0, len - tail.length);
        long at = size + skip;
        int remaining = len - skip;
        int from = off + skip;
        while (remaining > 0) {
            int slot = (int) (at % tail.length);
            int n = Math.min(remaining, tail.length - slot);
            System.arraycopy(buf, from, tail, slot, n);
            at += n;
            from += n;
            remaining -= n;
        }
    }

    /** The first bytes, up to the head's length. */
    byte[] head() {
        return Arrays.copyOf(head, headLength);
    }

    ByteSource source() {
        return new ByteSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open(long start, long end) throws IOException {
                return new ByteArrayInputStream(range(start, end));
            }
        };
    }

    private boolean isZip() {
        if (headLength < ZIP.length) {
            return headLength == 0 || Arrays.equals(head, 0, headLength, ZIP, 0, headLength);
        }
        return Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length);
    }

    private byte[] range(long start, long end) throws IOException {
        if (end <= headLength) {
            return Arrays.copyOfRange(head, (int) start, (int) end);
        }
        if (isZip() && start >= size - tail.length && end <= size) {
            byte[] out = new byte[(int) (end - start)];
            for (int i = 0; i < out.length; i++) {
                out[i] = tail[(int) ((start + i) % tail.length)];
            }
            return out;
        }
        throw new IOException("bytes " + start + " to " + end + " of the upload were not kept");
    }
}
