package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.BatchFailure;
import java.util.List;
import java.util.Map;

/**
 * What the coordinator's extract planner gives each batch.
 *
 * @param file          the stored CSV file
 * @param range         the bytes this batch parses
 * @param format        the job's CSV options, as {@code CsvFormat.parse} reads them
 * @param fields        the sheet's field names; null when the planner could not read the header
 *                      (then the file is one range and this batch reads it)
 * @param sheetId       the sheet the records go to
 * @param dataRowOffset file rows before the first data row: skipped rows, and the header row
 */
record ExtractInput(FileMeta file, Range range, Map<String, Object> format, List<String> fields, String sheetId,
                    long dataRowOffset) {

    /**
     * @param start    first byte, inclusive
     * @param end      last byte, exclusive
     * @param firstRow the file row (counting every non-empty record from 0) of the range's first record
     * @param first    whether the range starts the file
     */
    record Range(long start, long end, long firstRow, boolean first) {
    }

    /** Checks what the types alone do not; a wrong input fails for good. */
    ExtractInput validated() throws BatchFailure {
        Inputs.require(file != null, "file", "is required");
        Inputs.require(range != null, "range", "is required");
        Inputs.require(sheetId != null && !sheetId.isBlank(), "sheetId", "is required");
        Inputs.require(dataRowOffset >= 0, "dataRowOffset", "must not be negative, got " + dataRowOffset);
        Inputs.require(range.start >= 0 && range.start <= range.end && range.end <= file.size(), "range",
                "[" + range.start + ", " + range.end + ") is not within file " + file.id() + " of " + file.size() + " bytes");
        Inputs.require(range.first == (range.start == 0), "range.first",
                "is " + range.first + " but the range starts at byte " + range.start);
        Inputs.require(range.firstRow >= 0 && (range.start > 0 || range.firstRow == 0), "range.firstRow",
                "must be 0 at byte 0 and not negative elsewhere, got " + range.firstRow);
        Inputs.require(fields != null || range.first, "fields", "is required for a range after the first");
        return this;
    }
}
