package dev.sluice.formats.csv;

import java.util.List;

/**
 * One data record of a CSV file.
 *
 * @param rowIndex   0-based among the file's non-empty records, counting skipped rows and the header row
 * @param byteOffset absolute file offset of the record's first byte
 * @param values     the fields as read; never trimmed; may have more or fewer entries than the header
 */
public record CsvRow(long rowIndex, long byteOffset, List<String> values) implements CsvItem {
    public CsvRow {
        values = List.copyOf(values);
    }

    /** Whether every value is empty, like the {@code ,,,} rows spreadsheets leave at the end of an export. */
    public boolean blank() {
        return values.stream().allMatch(String::isEmpty);
    }
}
