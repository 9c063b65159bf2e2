package dev.sluice.formats;

/** How messages name a place in a file: rows from 1 (as a person counts), bytes from 0 (as a program seeks). */
public final class Positions {
    private Positions() {
    }

    public static String describe(long rowIndex, long byteOffset, String reason) {
        return "row " + (rowIndex + 1) + " (byte " + byteOffset + "): " + reason;
    }
}
