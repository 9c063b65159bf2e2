package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.formats.json.NdjsonRange;

/**
 * What the coordinator's extract planner gives each batch of a JSON file.
 *
 * @param file    the stored file
 * @param range   the NDJSON lines this batch reads; null for the whole file (an array, or a file whose
 *                layout the reader tells)
 * @param sheetId the sheet the records go to
 */
record JsonInput(FileMeta file, Range range, String sheetId) {

    /**
     * @param start    first byte, inclusive; the batch reads the lines that start at or after it
     * @param end      last byte, exclusive; and before it
     * @param firstRow the index among the file's non-blank lines of the range's first line
     */
    record Range(long start, long end, long firstRow) {
        NdjsonRange ndjson() {
            return new NdjsonRange(start, end, firstRow);
        }
    }

    JsonInput validated() throws BatchFailure {
        Inputs.require(file != null, "file", "is required");
        Inputs.require(sheetId != null && !sheetId.isBlank(), "sheetId", "is required");
        Inputs.require(range == null || (range.start >= 0 && range.start <= range.end && range.end <= file.size()
                && range.firstRow >= 0), "range", "is not a range of lines within file " + file.id() + " of " + file.size() + " bytes");
        return this;
    }
}
