package dev.sluice.worker.handlers;

import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchContext;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Hands each record read to the export writer, or leaves it out when it is invalid and invalid
 * records are filtered. A failed write, or a request to stop, ends the read with an
 * {@link UncheckedIOException}, since the reader's callback cannot throw checked exceptions.
 */
final class ExportCopy implements Consumer<SheetRecord> {

    private final ExportWriter writer;
    private final boolean filterInvalid;
    private final BatchContext context;
    private long seen;
    private long written;
    private long filtered;

    ExportCopy(ExportWriter writer, boolean filterInvalid, BatchContext context) {
        this.writer = writer;
        this.filterInvalid = filterInvalid;
        this.context = context;
    }

    @Override
    public void accept(SheetRecord record) {
        try {
            Inputs.checkStop(context, ++seen);
            if (filterInvalid && !record.valid()) {
                filtered++;
                return;
            }
            writer.write(record);
            written++;
        } catch (InterruptedException e) {
            throw new UncheckedIOException(new InterruptedIOException(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long written() {
        return written;
    }

    long filtered() {
        return filtered;
    }
}
