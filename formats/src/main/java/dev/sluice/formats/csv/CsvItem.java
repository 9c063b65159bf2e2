package dev.sluice.formats.csv;

/** What a {@link CsvRangeParser} delivers: a row, or a problem with one row. */
public sealed interface CsvItem permits CsvRow, CsvRowError {
    /** The 0-based index of the record among the file's non-empty records, skipped and header rows included. */
    long rowIndex();

    /** The absolute file offset of the record's first byte. */
    long byteOffset();
}
