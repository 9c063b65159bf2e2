package dev.sluice.formats;

/**
 * Bytes that cannot be read in a file's format any further. It ends the reading: retrying will not
 * help, the file (or its format options) must change. The message names the row (counted from 1)
 * and the byte offset.
 */
public abstract class FormatException extends RuntimeException {
    private final long rowIndex;
    private final long byteOffset;

    protected FormatException(long rowIndex, long byteOffset, String reason) {
        super(Positions.describe(rowIndex, byteOffset, reason));
        this.rowIndex = rowIndex;
        this.byteOffset = byteOffset;
    }

    /** The 0-based index of the row being read. */
    public long rowIndex() {
        return rowIndex;
    }

    /** The absolute file offset of the problem. */
    public long byteOffset() {
        return byteOffset;
    }
}
