package dev.sluice.coordinator.plan.csv;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvFormatException;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import dev.sluice.formats.csv.Split;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * How an extract reads one CSV file: the byte ranges its batches parse, the sheet's fields, and
 * how many records it will make. Deterministic for a given file, format and batch size, so the
 * planner can recompute a batch's range when the batch is dispatched.
 *
 * @param fields      the field names from the header row (or {@code column_n}); null when only
 *                    the worker can tell (a utf-16 file, or bytes that are not text)
 * @param dataRecords records the sheet will hold, or -1 when unknown
 */
record CsvLayout(List<CsvRange> ranges, List<String> fields, long dataRecords, long dataRowOffset) {

    /** The ranges, the record count, and the fields read from the file's head. */
    static CsvLayout of(FileMeta file, CsvFormat format, int rowsPerRange) throws InvalidRequestException {
        return of(file, format, rowsPerRange, true);
    }

    /** As {@link #of(FileMeta, CsvFormat, int)}; without {@code readFields} the head is not parsed and fields are null. */
    static CsvLayout of(FileMeta file, CsvFormat format, int rowsPerRange, boolean readFields) throws InvalidRequestException {
        long offset = format.skipRows() + (format.headers() ? 1 : 0);
        Optional<CsvIndex> index = CsvIndex.of(file, format);
        if (index.isEmpty() || index.get().splits().isEmpty()) {
            return new CsvLayout(List.of(new CsvRange(0, file.size(), 0)), null, -1, offset);
        }
        CsvIndex csv = index.get();
        List<CsvRange> ranges = CsvRange.cut(csv.splits(), file.size(), csv.rows(), rowsPerRange);
        List<String> fields = readFields ? fields(file, format, csv, offset) : null;
        return new CsvLayout(ranges, fields, Math.max(0, csv.rows() - offset), offset);
    }

    /** The header, read from the file's first bytes; refuses a header row too long to find there. */
    private static List<String> fields(FileMeta file, CsvFormat format, CsvIndex csv, long dataRowOffset)
            throws InvalidRequestException {
        try (CsvRangeParser parser = CsvRangeParser.open(new ByteArrayInputStream(csv.head()), format, Split.FILE_START, null)) {
            boolean sawDataRow = false;
            for (CsvItem item = parser.next(); item != null && !sawDataRow; item = parser.next()) {
                sawDataRow = item instanceof CsvRow row && row.rowIndex() >= dataRowOffset;
            }
            if (!sawDataRow && !csv.headIsWholeFile(file)) {
                throw new InvalidRequestException("config", "the first " + CsvIndex.HEAD_BYTES / 1024
                        + " KiB of file " + file.id() + " hold no complete header and first row with delimiter '"
                        + format.delimiter() + "'; check config.delimiter and config.skipRows");
            }
            return parser.header().names();
        } catch (CsvFormatException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
