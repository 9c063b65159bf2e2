package dev.sluice.formats.csv;

/**
 * How {@link CsvWriter} writes, beyond the {@link CsvFormat}.
 *
 * @param lineEnding         {@code "\r\n"} (RFC 4180, the default) or {@code "\n"}
 * @param neutralizeFormulas whether a cell that a spreadsheet would run as a formula gets a leading
 *                           {@code '}; default true (see {@link CsvWriter})
 */
public record CsvWriteOptions(String lineEnding, boolean neutralizeFormulas) {
    public static final CsvWriteOptions DEFAULTS = new CsvWriteOptions("\r\n", true);

    public CsvWriteOptions {
        if (!"\r\n".equals(lineEnding) && !"\n".equals(lineEnding)) {
            throw new IllegalArgumentException("lineEnding must be \"\\r\\n\" or \"\\n\"");
        }
    }

    public CsvWriteOptions withLineEnding(String value) {
        return new CsvWriteOptions(value, neutralizeFormulas);
    }

    public CsvWriteOptions withNeutralizeFormulas(boolean value) {
        return new CsvWriteOptions(lineEnding, value);
    }
}
