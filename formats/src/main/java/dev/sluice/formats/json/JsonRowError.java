package dev.sluice.formats.json;

import dev.sluice.formats.Positions;

/**
 * A problem with one row that does not stop the reading: a value that is not an object, a malformed
 * NDJSON line, a row past a {@link JsonLimits limit} (none of these rows is delivered), or a field
 * name that appears twice (the row is delivered right after this error, the last value kept).
 *
 * @param message the reason, without the position; {@link #describe()} adds it
 */
public record JsonRowError(long rowIndex, long byteOffset, String message) implements JsonItem {

    /** The message with its position, such as {@code row 3 (byte 52): not an object but a number}. */
    public String describe() {
        return Positions.describe(rowIndex, byteOffset, message);
    }
}
