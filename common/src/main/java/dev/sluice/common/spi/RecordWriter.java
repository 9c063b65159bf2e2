package dev.sluice.common.spi;

import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;

/** Writes one batch's records of one sheet, in row order. */
public interface RecordWriter {

    void write(SheetRecord record) throws IOException;

    /** Waits until every record written is stored, and says where they are (empty segment when none were written). */
    Segment finish() throws IOException;
}
