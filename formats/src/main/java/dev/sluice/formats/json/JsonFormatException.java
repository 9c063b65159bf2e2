package dev.sluice.formats.json;

import dev.sluice.formats.FormatException;

/**
 * Bytes that cannot be read as JSON any further: a file that starts with neither {@code [} nor
 * {@code {}, or a syntax error inside an array of objects (past it, no element boundary can be
 * trusted). Rows count as {@link JsonItem#rowIndex()} does. Malformed NDJSON lines are
 * {@link JsonRowError}s instead.
 */
public final class JsonFormatException extends FormatException {
    public JsonFormatException(long rowIndex, long byteOffset, String reason) {
        super(rowIndex, byteOffset, reason);
    }
}
