package dev.sluice.formats.json;

/**
 * Bytes that cannot be read as JSON any further: a file that starts with neither {@code [} nor
 * {@code {}, or a syntax error inside an array of objects (past it, no element boundary can be
 * trusted). It ends the reading: retrying will not help, the file must change. The message names the
 * row (counted from 1) and the byte offset. Malformed NDJSON lines are {@link JsonRowError}s instead.
 */
public final class JsonFormatException extends RuntimeException {
    private final long rowIndex;
    private final long byteOffset;

    public JsonFormatException(long rowIndex, long byteOffset, String reason) {
        super(Positions.describe(rowIndex, byteOffset, reason));
        this.rowIndex = rowIndex;
        this.byteOffset = byteOffset;
    }

    /** The 0-based index of the row being read, counted as {@link JsonItem#rowIndex()} is. */
    public long rowIndex() {
        return rowIndex;
    }

    /** The absolute file offset where the problem was found. */
    public long byteOffset() {
        return byteOffset;
    }
}
