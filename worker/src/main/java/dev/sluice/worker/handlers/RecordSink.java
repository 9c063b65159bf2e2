package dev.sluice.worker.handlers;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.RecordWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one sheet's records through a record writer, counting records and invalid ones and keeping
 * the messages of the invalid ones for the job's failed records. Stops when the batch should stop.
 */
final class RecordSink {

    private final RecordWriter writer;
    private final BatchContext context;
    private final List<RecordError> failed = new ArrayList<>();
    private long rows;
    private long errors;

    RecordSink(BatchContext context) {
        this.writer = context.data().writeRecords();
        this.context = context;
    }

    void write(SheetRecord record) throws IOException, InterruptedException {
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

    /** Waits until every record written is stored; where they are. */
    Segment finish() throws IOException {
        return writer.finish();
    }

    long rows() {
        return rows;
    }

    long errors() {
        return errors;
    }

    /** The invalid records written, with their messages. */
    List<RecordError> failed() {
        return failed;
    }
}
