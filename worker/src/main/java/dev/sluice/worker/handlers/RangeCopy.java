package dev.sluice.worker.handlers;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.record.RecordMessage;
import java.util.ArrayList;
import java.util.List;

import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import dev.sluice.formats.csv.CsvRowError;
import java.io.IOException;

/**
 * Copies the parsed rows of one range into the record writer, counting records and errors. The
 * parser reports a ragged row as an error followed by the row itself, which {@link RowRecords}
 * flags on its own; an error that no row follows (a quote never closed) becomes a record of its own,
 * so the sheet's rows stay without gaps.
 */
final class RangeCopy {

    private final RowRecords records;
    private final RecordWriter writer;
    private final BatchContext context;
    private long rows;
    private long errors;
    private final List<RecordError> failed = new ArrayList<>();

    RangeCopy(RowRecords records, RecordWriter writer, BatchContext context) {
        this.records = records;
        this.writer = writer;
        this.context = context;
    }

    void run(CsvRangeParser parser) throws IOException, BatchFailure, InterruptedException {
        CsvRowError pending = null;
        for (CsvItem item = parser.next(); item != null; item = parser.next()) {
            if (pending != null && pending.rowIndex() != item.rowIndex()) {
                writeUnreadable(pending);
            }
            pending = item instanceof CsvRowError error ? error : null;
            if (item instanceof CsvRow row) {
                write(records.of(row));
            }
        }
        if (pending != null) {
            writeUnreadable(pending);
        }
    }

    long rows() {
        return rows;
    }

    long errors() {
        return errors;
    }

    /** The invalid records written, with their messages, for the job's failed records. */
    List<RecordError> failed() {
        return failed;
    }

    private void writeUnreadable(CsvRowError error) throws IOException, BatchFailure, InterruptedException {
        if (records.sheetRow(error.rowIndex()) < 0) {
            throw new BatchFailure("the rows before the data cannot be read: " + error.describe(), false);
        }
        write(records.unreadable(error));
    }

    private void write(SheetRecord record) throws IOException, InterruptedException {
        writer.write(record);
        rows++;
        if (!record.valid()) {
            errors++;
            for (RecordMessage message : record.messages()) {
                if (message.level() == RecordMessage.Level.ERROR) {
                    failed.add(new RecordError(record.id(), record.row(), message.field(), "invalid_row",
                            message.message(), record.values()));
                }
            }
        }
        Inputs.checkStop(context, rows);
    }
}
