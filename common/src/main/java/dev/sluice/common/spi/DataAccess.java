package dev.sluice.common.spi;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a handler may read and write: stored files and sheets' records. On a worker the data lives
 * in Kafka; handlers see only this port, so they stay stateless and testable.
 */
public interface DataAccess {

    /** Bytes {@code start} (inclusive) to {@code end} (exclusive) of a stored file, fetched a chunk at a time. */
    InputStream openFile(FileMeta file, long start, long end) throws IOException;

    /** A writer for the records one batch produces. */
    RecordWriter writeRecords();

    /**
     * Calls {@code each} with the records of {@code sheetId} held in {@code segments}, in row order,
     * each row once even where a re-delivered batch wrote it twice.
     */
    void readRecords(String sheetId, List<Segment> segments, Consumer<SheetRecord> each) throws IOException;

    /** Starts a new stored file; its bytes go to the files topic as they are written. */
    FileOutput createFile(String fileId, String name) throws IOException;

    /**
     * Starts one part of a file that several batches write at once: its bytes go to the files topic
     * under the file's id, and {@link FileOutput#finish} describes them (size, checksum, chunks) as a
     * file without publishing a meta. The coordinator joins the parts into one file (see
     * {@code FileMeta.parts}) when the job completes.
     */
    default FileOutput createFilePart(String fileId, String name) throws IOException {
        throw new UnsupportedOperationException("this data access cannot write a file in parts");
    }
}
