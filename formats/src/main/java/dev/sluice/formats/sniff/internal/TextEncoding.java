package dev.sluice.formats.sniff.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a head is text, and in which encoding: utf-16 if it starts with a utf-16 byte order mark;
 * else utf-8 if it decodes as utf-8 (a character cut by the end of the head is fine); else
 * windows-1252, where every byte is a character. Text has no control characters but tab, LF, CR and
 * form feed: one NUL or other control byte makes a file binary.
 */
final class TextEncoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /** @param charset the encoding; null when {@code problem} says why the head is not text */
    record Result(Charset charset, String problem) {

        /** The head up to its last line break, so no record is cut; the whole head if it has none. */
        byte[] completeLines(byte[] head, int length) {
            int end = length;
            if (StandardCharsets.UTF_16.equals(charset)) {
                end = lastUtf16LineEnd(head, length);
            } else {
                while (end > 0 && head[end - 1] != '\n') {
                    end--;
                }
            }
            return Arrays.copyOf(head, end == 0 ? length : end);
        }

        private static int lastUtf16LineEnd(byte[] head, int length) {
            boolean bigEndian = head[0] == (byte) 0xFE;
            for (int i = (length & ~1) - 2; i >= 2; i -= 2) {
                if (head[bigEndian ? i + 1 : i] == '\n' && head[bigEndian ? i : i + 1] == 0) {
                    return i + 2;
                }
            }
            return length & ~1;
        }
    }

    static Result detect(byte[] head, int length, boolean whole) {
        if (length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            String text = new String(head, 0, length & ~1, StandardCharsets.UTF_16);
            return checked(text, StandardCharsets.UTF_16);
        }
        Charset charset = decodesAsUtf8(head, length, whole) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (isControl(b)) {
                return new Result(null, String.format("it is binary, not text: the byte 0x%02X at byte %d", b, i));
            }
        }
        return new Result(charset, null);
    }

    private static Result checked(String text, Charset charset) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return new Result(null, String.format("it is binary, not text: the character U+%04X at character %d", (int) text.charAt(i), i));
            }
        }
        return new Result(charset, null);
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
    }

    private static boolean decodesAsUtf8(byte[] head, int length, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), CharBuffer.allocate(length), whole);
        return !result.isError();
    }
}
