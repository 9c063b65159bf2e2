package dev.sluice.formats.json;

/** What a {@link JsonReader} delivers: a row, or a problem with one row. */
public sealed interface JsonItem permits JsonRow, JsonRowError {
    /**
     * The 0-based index of the row: its position in the array, or among the non-blank lines of an
     * NDJSON file (counted from the range's {@link NdjsonRange#firstRowIndex()}).
     */
    long rowIndex();

    /** The absolute file offset of the row's first byte: its first token in an array, its line's start in NDJSON. */
    long byteOffset();
}
