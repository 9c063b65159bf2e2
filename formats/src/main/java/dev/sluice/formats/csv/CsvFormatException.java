package dev.sluice.formats.csv;

/**
 * Bytes that cannot be read as CSV at all (binary data, text in another encoding, a field past a
 * {@link CsvLimits limit}). It ends the parse: retrying will not help, the file or its
 * {@link CsvFormat} must change. The message names the row (counted from 1) and the byte offset.
 */
public final class CsvFormatException extends RuntimeException {
    private final long rowIndex;
    private final long byteOffset;

    public CsvFormatException(long rowIndex, long byteOffset, String reason) {
        super(Positions.describe(rowIndex, byteOffset, reason));
        this.rowIndex = rowIndex;
        this.byteOffset = byteOffset;
    }

    /** The 0-based index of the record being read, counted as {@link CsvRow#rowIndex()} is. */
    public long rowIndex() {
        return rowIndex;
    }

    /** The absolute file offset of the offending byte. */
    public long byteOffset() {
        return byteOffset;
    }
}
