package dev.sluice.formats.json;

/** How a JSON file holds its rows, told by its first byte that is not whitespace (after a UTF-8 byte order mark). */
public enum JsonLayout {
    /** {@code [}: one array whose elements are the rows. It is read from the start, as one range. */
    ARRAY,
    /**
     * {@code {}: newline-delimited JSON, one object per line. It can be cut into ranges at line
     * boundaries ({@link NdjsonScanner}). A file with nothing but whitespace is NDJSON without rows.
     */
    NDJSON
}
