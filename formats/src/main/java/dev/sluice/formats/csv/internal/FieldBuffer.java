package dev.sluice.formats.csv.internal;

import java.util.Arrays;

/** The characters of the field being read, up to a cap. */
final class FieldBuffer {
    private static final int INITIAL = 256;
    private static final int KEEP = 1 << 16;

    private final int max;
    private char[] chars;
    private int length;

    FieldBuffer(int max) {
        this.max = max;
        this.chars = new char[Math.min(INITIAL, max)];
    }

    /** Appends a character; false when the field already holds {@code max}. */
    boolean append(char c) {
        if (length == chars.length) {
            if (length == max) {
                return false;
            }
            chars = Arrays.copyOf(chars, (int) Math.min(max, 2L * length));
        }
        chars[length++] = c;
        return true;
    }

    /** The field read so far, emptying the buffer (and releasing a big one, so one huge field doesn't pin memory). */
    String take() {
        String field = new String(chars, 0, length);
        length = 0;
        if (chars.length > KEEP) {
            chars = new char[Math.min(INITIAL, max)];
        }
        return field;
    }
}
