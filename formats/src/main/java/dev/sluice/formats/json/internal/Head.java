package dev.sluice.formats.json.internal;

import dev.sluice.formats.json.JsonFormatException;
import dev.sluice.formats.json.JsonLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * The start of a JSON file: its layout, told by the first byte that is not whitespace, and the bytes
 * read to find it. Blank lines before it are dropped (they are no rows); the whitespace that begins
 * its own line is kept so the first row's offset is its line's start.
 *
 * @param layout ARRAY for {@code [}, NDJSON for {@code {} or a file of whitespace only
 * @param offset the absolute file offset of {@code replay}'s first byte
 * @param replay the bytes to read again before the rest of the stream
 */
public record Head(JsonLayout layout, long offset, byte[] replay) {

    /**
     * Reads up to the first byte that is not whitespace, after a byte order mark.
     *
     * @throws JsonFormatException when that byte is neither {@code [} nor {@code {}, or a line of
     *                             leading whitespace is longer than {@code maxLineBytes}
     */
    public static Head read(PushbackInputStream in, int maxLineBytes) throws IOException {
        long position = Bom.skip(in);
        long lineStart = position;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read(), position++) {
            if (b == '\n') {
                lineStart = position + 1;
                pending.reset();
            } else if (b == ' ' || b == '\t' || b == '\r') {
                if (pending.size() == maxLineBytes) {
                    throw new JsonFormatException(0, lineStart, "the line is longer than " + maxLineBytes + " bytes");
                }
                pending.write(b);
            } else if (b == '[' || b == '{') {
                pending.write(b);
                return new Head(b == '[' ? JsonLayout.ARRAY : JsonLayout.NDJSON, lineStart, pending.toByteArray());
            } else {
                throw new JsonFormatException(0, position, "not JSON: it starts with " + describe(b)
                        + "; a JSON import is an array of objects ([...]) or one object per line ({...})");
            }
        }
        return new Head(JsonLayout.NDJSON, lineStart, new byte[0]);
    }

    private static String describe(int b) {
        return b > 0x20 && b < 0x7F ? "'" + (char) b + "'" : String.format("the byte 0x%02X", b);
    }
}
