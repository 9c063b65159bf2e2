package dev.sluice.formats.csv;

/**
 * Caps that keep one parser's memory bounded whatever the file holds. Past one, parsing stops with a
 * {@link CsvFormatException}; a huge field is most often a quote left open that swallowed the file.
 *
 * @param maxFieldChars   characters in one field; default 16 Mi (16,777,216)
 * @param maxRowChars     characters in all fields of one record; default 64 Mi (67,108,864)
 * @param maxFieldsPerRow fields in one record; default 100,000
 */
public record CsvLimits(int maxFieldChars, long maxRowChars, int maxFieldsPerRow) {
    public static final CsvLimits DEFAULTS = new CsvLimits(16 << 20, 64L << 20, 100_000);

    public CsvLimits {
        if (maxFieldChars < 1 || maxRowChars < maxFieldChars || maxFieldsPerRow < 1) {
            throw new IllegalArgumentException("limits must be positive and maxRowChars at least maxFieldChars");
        }
    }
}
