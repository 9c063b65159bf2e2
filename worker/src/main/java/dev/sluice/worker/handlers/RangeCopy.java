package dev.sluice.worker.handlers;

import dev.sluice.common.spi.BatchFailure;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import dev.sluice.formats.csv.CsvRowError;
import java.io.IOException;

/**
 * Copies the parsed rows of one CSV range into a sheet's records. The parser reports a ragged row as
 * an error followed by the row itself, which {@link RowRecords} flags on its own; an error that no row
 * follows (a quote never closed) becomes a record of its own, so the sheet's rows stay without gaps.
 */
final class RangeCopy {

    private final RowRecords records;
    private final RecordSink sink;

    RangeCopy(RowRecords records, RecordSink sink) {
        this.records = records;
        this.sink = sink;
    }

    void run(CsvRangeParser parser) throws IOException, BatchFailure, InterruptedException {
        CsvRowError pending = null;
        for (CsvItem item = parser.next(); item != null; item = parser.next()) {
            if (pending != null && pending.rowIndex() != item.rowIndex()) {
                writeUnreadable(pending);
            }
            pending = item instanceof CsvRowError error ? error : null;
            if (item instanceof CsvRow row) {
                sink.write(records.of(row));
            }
        }
        if (pending != null) {
            writeUnreadable(pending);
        }
    }

    private void writeUnreadable(CsvRowError error) throws IOException, BatchFailure, InterruptedException {
        if (records.sheetRow(error.rowIndex()) < 0) {
            throw new BatchFailure("the rows before the data cannot be read: " + error.describe(), false);
        }
        sink.write(records.unreadable(error.rowIndex(), error.describe()));
    }
}
