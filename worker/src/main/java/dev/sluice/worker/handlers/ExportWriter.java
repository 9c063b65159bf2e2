package dev.sluice.worker.handlers;

import dev.sluice.common.record.SheetRecord;
import java.io.IOException;

/** Streams a sheet's records into a file of one format; holds one record at a time. */
interface ExportWriter {

    /** Writes what comes before the first record. */
    void begin() throws IOException;

    void write(SheetRecord record) throws IOException;

    /** Writes what comes after the last record and flushes; does not close the target. */
    void end() throws IOException;
}
