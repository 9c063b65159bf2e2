package dev.sluice.formats.sniff;

/** How a JSON file is laid out. */
public enum JsonShape {
    /** One array, {@code [ ... ]}: an import's rows are its elements. */
    ARRAY,
    /** One object per line: an import's rows are its lines. */
    NDJSON,
    /**
     * One object over several lines, such as {@code {"data": [...]}}: JSON, but not a layout that
     * {@code JsonReader} reads rows from (it would read it line by line, each line a row error).
     */
    OBJECT
}
