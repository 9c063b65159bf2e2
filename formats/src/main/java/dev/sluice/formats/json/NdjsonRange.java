package dev.sluice.formats.json;

/**
 * A byte range of an NDJSON file, read by {@link JsonReader#ndjsonRange}. Its rows are the lines that
 * start at or after {@code start} and before {@code end}: reading begins at the first line boundary at or
 * after {@code start} and stops at the first line boundary at or after {@code end}, finishing the line
 * that crosses it. Adjacent ranges ({@code [a, b)} then {@code [b, c)}) therefore read each line exactly
 * once, wherever {@code b} falls. A line boundary is byte 0 or the byte after an LF.
 *
 * @param start         absolute file offset where the range begins; any byte, not only a line start
 * @param end           absolute file offset where the range ends (exclusive); {@link Long#MAX_VALUE} for the end of the file
 * @param firstRowIndex the index of the range's first row among the file's non-blank lines, as
 *                      {@link NdjsonScanner} finds it; pass 0 when it is not known, and rows are numbered
 *                      within the range (their byte offsets stay absolute)
 */
public record NdjsonRange(long start, long end, long firstRowIndex) {
    /** A whole file, rows numbered from 0. */
    public static final NdjsonRange WHOLE_FILE = new NdjsonRange(0, Long.MAX_VALUE, 0);

    public NdjsonRange {
        if (start < 0 || end < start || firstRowIndex < 0) {
            throw new IllegalArgumentException("a range needs 0 <= start <= end and firstRowIndex >= 0, not "
                    + start + ".." + end + " from row " + firstRowIndex);
        }
    }

    /**
     * Where the bytes handed to the reader must begin: {@code start - 1}, so that the reader sees whether
     * {@code start} itself begins a line, or 0 for the first range. The bytes must run to the end of the
     * line that crosses {@code end} (the end of the file will do).
     */
    public long readFrom() {
        return start == 0 ? 0 : start - 1;
    }
}
