package dev.sluice.formats.csv;

import dev.sluice.formats.csv.internal.HeaderNames;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The column names of a CSV file. Every range parser needs them (to name values and to spot ragged
 * rows), but only the file start holds them: read them once with {@link #read} and hand them to the
 * parsers of the other ranges.
 *
 * <p>From a header row: each name is stripped of surrounding blanks; a blank name becomes
 * {@code column_N} (N its 1-based position); a repeated name gets the first free suffix
 * {@code _2}, {@code _3}, ... ({@code name, name} reads as {@code name, name_2}). Without a header
 * row the names are {@code column_1} .. {@code column_n}, n the field count of the first data row.
 */
public record CsvHeader(List<String> names) {
    /** The header of a file without rows. */
    public static final CsvHeader NONE = new CsvHeader(List.of());

    public CsvHeader {
        names = List.copyOf(names);
    }

    /** The names a header row stands for, by the rules above. */
    public static CsvHeader fromRow(List<String> row) {
        return new CsvHeader(HeaderNames.of(row));
    }

    /** {@code column_1} .. {@code column_count}. */
    public static CsvHeader numbered(int count) {
        return new CsvHeader(HeaderNames.numbered(count));
    }

    /**
     * Reads the header from the start of a file, stopping right after the header row (or, without
     * headers, after the first data row). The stream is left open; {@link #NONE} if the file has no rows.
     *
     * @throws CsvFormatException when the bytes up to there are not CSV
     */
    public static CsvHeader read(InputStream fileStart, CsvFormat format) throws IOException {
        return CsvRangeParser.open(fileStart, format, Split.FILE_START, null).header();
    }

    public int size() {
        return names.size();
    }
}
