package dev.sluice.formats.json.internal;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.Arrays;

/** The UTF-8 byte order mark, which some programs put at byte 0 of a JSON file; it is not JSON, so it is dropped. */
public final class Bom {
    private static final byte[] UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Bom() {
    }

    /** A stream that can give back what {@link #skip} looked at. */
    public static PushbackInputStream pushback(java.io.InputStream in) {
        return new PushbackInputStream(in, UTF8.length);
    }

    /** Drops a byte order mark at the start of {@code in}; returns the bytes dropped, 3 or 0. */
    public static int skip(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(UTF8.length);
        if (Arrays.equals(head, UTF8)) {
            return UTF8.length;
        }
        in.unread(head);
        return 0;
    }
}
