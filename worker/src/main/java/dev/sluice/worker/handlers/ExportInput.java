package dev.sluice.worker.handlers;

import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.BatchFailure;
import java.util.List;

/**
 * What the coordinator's export planner gives the batch.
 *
 * @param sheetId              the sheet to export
 * @param fields               its field names, in the order of the file's columns or keys
 * @param segments             where its records are, in row order
 * @param fileId               the id of the file to write
 * @param fileName             its name, such as {@code customers.json}
 * @param format               {@code json}, {@code csv} or {@code xlsx}
 * @param includeMetadata      whether each record carries its id, validity and messages
 * @param filterInvalidRecords whether records with an error message are left out
 * @param part                 which part of the file this batch writes, from 0, when the file is written in parts
 *                             (json and csv, segments in order); null when the batch writes the whole file
 */
record ExportInput(String sheetId, List<String> fields, List<Segment> segments, String fileId, String fileName,
                   String format, boolean includeMetadata, boolean filterInvalidRecords, Integer part) {

    static final String JSON = "json";
    static final String CSV = "csv";
    static final String XLSX = "xlsx";

    /** Checks what the types alone do not; a wrong input fails for good. */
    ExportInput validated() throws BatchFailure {
        Inputs.require(sheetId != null && !sheetId.isBlank(), "sheetId", "is required");
        Inputs.require(fields != null, "fields", "is required");
        Inputs.require(segments != null, "segments", "is required");
        Inputs.require(fileId != null && !fileId.isBlank(), "fileId", "is required");
        Inputs.require(fileName != null && !fileName.isBlank(), "fileName", "is required");
        Inputs.require(JSON.equals(format) || CSV.equals(format) || XLSX.equals(format), "format",
                "must be \"json\", \"csv\" or \"xlsx\", not " + format);
        Inputs.require(part == null || (part >= 0 && !XLSX.equals(format)), "part",
                "must be a part index of at least 0 for json or csv, not " + part + " for " + format);
        return this;
    }
}
