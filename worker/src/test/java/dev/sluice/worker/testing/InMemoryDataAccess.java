package dev.sluice.worker.testing;

import dev.sluice.common.file.ContentSniffer;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.RecordKeys;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.FileOutput;
import dev.sluice.common.spi.RecordWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;

/**
 * Files and records in memory, for handler tests. Records go to one log, like one partition of the
 * records topic whose offsets are the log's indexes, and are read back by the rules Kafka's
 * adapter follows: only the sheet's rows within a segment's rows, each above the last delivered.
 */
public final class InMemoryDataAccess implements DataAccess {

    /** Offset → the run that wrote the record there, as the Kafka adapter's writer header says. */
    private final Map<Long, String> writers = new java.util.concurrent.ConcurrentHashMap<>();

    /** Chunk size of stored files; small, so that test files have several chunks. */
    public static final int CHUNK_SIZE = 1024;

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** The bytes of parts of files written in parts, by their checksum. */
    private final Map<String, byte[]> parts = new ConcurrentHashMap<>();
    private final List<SheetRecord> log = new ArrayList<>();

    /** Stores {@code bytes} as a file, as an upload would. */
    public FileMeta store(String id, String name, byte[] bytes) {
        files.put(id, bytes.clone());
        return meta(id, name, bytes);
    }

    /** The bytes of a stored file. */
    public byte[] content(String fileId) {
        return files.get(fileId).clone();
    }

    /** Every record written, in order, whatever its sheet. */
    public synchronized List<SheetRecord> log() {
        return List.copyOf(log);
    }

    @Override
    public InputStream openFile(FileMeta file, long start, long end) throws IOException {
        byte[] bytes = files.get(file.id());
        if (bytes == null) {
            throw new IOException("no file " + file.id());
        }
        file.layout().covering(start, end);
        return new ByteArrayInputStream(Arrays.copyOfRange(bytes, (int) start, (int) end));
    }

    @Override
    public RecordWriter writeRecords() {
        String writer = java.util.UUID.randomUUID().toString();
        return new RecordWriter() {
            private long from = -1;
            private long to;
            private long firstRow;
            private long rows;

            @Override
            public void write(SheetRecord record) {
                long offset = append(record);
                writers.put(offset, writer);
                from = from < 0 ? offset : from;
                firstRow = rows == 0 ? record.row() : firstRow;
                to = offset;
                rows++;
            }

            @Override
            public Segment finish() {
                return rows == 0 ? new Segment(0, 0, -1, 0, 0) : new Segment(0, from, to, firstRow, rows, writer);
            }
        };
    }

    @Override
    public void readRecords(String sheetId, List<Segment> segments, Consumer<SheetRecord> each) {
        long last = -1;
        for (Segment segment : segments) {
            for (long offset : LongStream.rangeClosed(segment.fromOffset(), segment.toOffset()).toArray()) {
                SheetRecord record = recordAt(offset);
                long row = RecordKeys.rowOf(record.id());
                if (record.sheetId().equals(sheetId) && writer(offset).equals(segment.writer()) && row >= segment.firstRow()
                        && row < segment.firstRow() + segment.rows() && row > last) {
                    each.accept(record);
                    last = row;
                }
            }
        }
    }

    private synchronized String writer(long offset) {
        return writers.get(offset);
    }

    /** The bytes of a part that {@link #createFilePart} wrote, by the meta its finish returned. */
    public byte[] partContent(FileMeta part) {
        return parts.get(part.checksum()).clone();
    }

    @Override
    public FileOutput createFilePart(String fileId, String name) {
        return output(bytes -> {
            parts.put(sha256(bytes), bytes);
            return meta(fileId, name, bytes);
        });
    }

    @Override
    public FileOutput createFile(String fileId, String name) {
        return output(bytes -> store(fileId, name, bytes));
    }

    private static FileOutput output(java.util.function.Function<byte[], FileMeta> finisher) {
        return new FileOutput() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public FileMeta finish() {
                return finisher.apply(bytes.toByteArray());
            }
        };
    }

    private synchronized long append(SheetRecord record) {
        log.add(record);
        return log.size() - 1;
    }

    private synchronized SheetRecord recordAt(long offset) {
        return log.get((int) offset);
    }

    private static FileMeta meta(String id, String name, byte[] bytes) {
        int chunks = (bytes.length + CHUNK_SIZE - 1) / CHUNK_SIZE;
        List<Long> offsets = LongStream.range(0, chunks).boxed().toList();
        return new FileMeta(id, name, bytes.length, sha256(bytes), Instant.EPOCH,
                ContentSniffer.sniff(bytes, bytes.length), 0, CHUNK_SIZE, offsets, Map.of());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
