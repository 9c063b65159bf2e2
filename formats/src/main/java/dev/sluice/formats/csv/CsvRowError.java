package dev.sluice.formats.csv;

import dev.sluice.formats.Positions;

/**
 * A problem with one record that does not stop the parse, such as a ragged row (delivered as well)
 * or a quote never closed before the end of the input (the record is not delivered).
 *
 * @param message the reason, without the position; {@link #describe()} adds it
 */
public record CsvRowError(long rowIndex, long byteOffset, String message) implements CsvItem {

    /** The message with its position, such as {@code row 6 (byte 120): 3 fields, but the header has 4}. */
    public String describe() {
        return Positions.describe(rowIndex, byteOffset, message);
    }
}
