package dev.sluice.formats.csv;

/**
 * Where a byte range of a CSV file begins: at {@code byteOffset}, an absolute file offset on a record
 * boundary, whose first record has the 0-based {@code rowIndex}. The range ends where the next split
 * begins, or at the end of the file.
 */
public record Split(long byteOffset, long rowIndex) {
    /** The first range of every file. */
    public static final Split FILE_START = new Split(0, 0);

    public Split {
        if (byteOffset < 0 || rowIndex < 0) {
            throw new IllegalArgumentException("a split has a non-negative offset and row index, not " + byteOffset + "/" + rowIndex);
        }
        if (byteOffset == 0 && rowIndex != 0) {
            throw new IllegalArgumentException("the split at byte 0 starts at row 0, not " + rowIndex);
        }
    }

    /** Whether this range starts the file; only there is a byte order mark skipped. */
    public boolean fileStart() {
        return byteOffset == 0;
    }
}
