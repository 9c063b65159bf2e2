package dev.sluice.formats.csv.internal;

/** Bytes that are not CSV, at an absolute offset; the parser adds the row and rethrows it as a CsvFormatException. */
public final class LexerException extends RuntimeException {
    private final long byteOffset;

    public LexerException(long byteOffset, String reason) {
        super(reason, null, false, false);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
