package dev.sluice.formats.csv;

import dev.sluice.formats.FormatException;

/**
 * Bytes that cannot be read as CSV at all (binary data, text in another encoding, a field past a
 * {@link CsvLimits limit}); rows count as {@link CsvRow#rowIndex()} does.
 */
public final class CsvFormatException extends FormatException {
    public CsvFormatException(long rowIndex, long byteOffset, String reason) {
        super(rowIndex, byteOffset, reason);
    }
}
