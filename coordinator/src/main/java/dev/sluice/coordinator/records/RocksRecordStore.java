package dev.sluice.coordinator.records;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.rocksdb.CompressionType;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The RocksDB database behind the {@link RecordsView}: record key bytes → record value bytes, as
 * they are on the records topic, plus the next offset to read of each partition, written in the
 * same batch as the records they follow. Writes skip the write-ahead log: the topic is the log, and
 * a crash loses the unflushed records and their offsets together, so the view reads them again.
 * The only class that touches {@code org.rocksdb}; its exceptions come out as
 * {@link RecordsViewException} naming the database's folder.
 */
final class RocksRecordStore implements AutoCloseable {

    /** Offsets sort before every record key ({@code SHEET/ROW}), so no record range ever meets them. */
    private static final byte[] OFFSET_PREFIX = "\u0000offset/".getBytes(StandardCharsets.US_ASCII);

    static {
        RocksDB.loadLibrary();
    }

    private final Path dir;
    private final Options options;
    private final WriteOptions writeOptions;
    private final RocksDB db;

    private RocksRecordStore(Path dir, Options options, WriteOptions writeOptions, RocksDB db) {
        this.dir = dir;
        this.options = options;
        this.writeOptions = writeOptions;
        this.db = db;
    }

    static RocksRecordStore open(Path dir) {
        Options options = new Options()
                .setCreateIfMissing(true)
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setWriteBufferSize(16L * 1024 * 1024)
                .setMaxWriteBufferNumber(3)
                .setTargetFileSizeBase(64L * 1024 * 1024)
                .setMaxBytesForLevelBase(256L * 1024 * 1024);
        WriteOptions writeOptions = new WriteOptions().setDisableWAL(true);
        try {
            Files.createDirectories(dir);
            return new RocksRecordStore(dir, options, writeOptions, RocksDB.open(options, dir.toString()));
        } catch (RocksDBException | java.io.IOException e) {
            writeOptions.close();
            options.close();
            throw new RecordsViewException("cannot open the records view at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** One poll's worth of changes, applied atomically with the offsets that follow them. */
    final class Batch implements AutoCloseable {
        private final WriteBatch batch = new WriteBatch();
        private final Map<Integer, Long> next = new HashMap<>();

        void put(byte[] key, byte[] value) {
            try {
                if (value == null) {
                    batch.delete(key);
                } else {
                    batch.put(key, value);
                }
            } catch (RocksDBException e) {
                throw failed("cannot batch a record", e);
            }
        }

        void offset(int partition, long nextOffset) {
            next.put(partition, nextOffset);
        }

        void commit() {
            try {
                for (Map.Entry<Integer, Long> entry : next.entrySet()) {
                    batch.put(offsetKey(entry.getKey()), ByteBuffer.allocate(Long.BYTES).putLong(entry.getValue()).array());
                }
                db.write(writeOptions, batch);
            } catch (RocksDBException e) {
                throw failed("cannot write records", e);
            }
        }

        @Override
        public void close() {
            batch.close();
        }
    }

    Batch batch() {
        return new Batch();
    }

    /** The next offset to read of {@code partition}, or -1 when the view holds nothing of it. */
    long nextOffset(int partition) {
        try {
            byte[] value = db.get(offsetKey(partition));
            return value == null ? -1 : ByteBuffer.wrap(value).getLong();
        } catch (RocksDBException e) {
            throw failed("cannot read the offset of partition " + partition, e);
        }
    }

    byte[] get(byte[] key) {
        try {
            return db.get(key);
        } catch (RocksDBException e) {
            throw failed("cannot read a record", e);
        }
    }

    /** Entries with {@code from <= key < to} in key order; close the scan when done. */
    Scan scan(byte[] from, byte[] to) {
        Slice upper = new Slice(to);
        ReadOptions read = new ReadOptions().setIterateUpperBound(upper);
        RocksIterator it = db.newIterator(read);
        it.seek(from);
        return new Scan(it, read, upper);
    }

    /** A forward scan over a key range. Not thread-safe. */
    static final class Scan implements AutoCloseable {
        private final RocksIterator it;
        private final ReadOptions read;
        private final Slice upper;

        private Scan(RocksIterator it, ReadOptions read, Slice upper) {
            this.it = it;
            this.read = read;
            this.upper = upper;
        }

        boolean valid() {
            return it.isValid();
        }

        byte[] key() {
            return it.key();
        }

        byte[] value() {
            return it.value();
        }

        void next() {
            it.next();
        }

        @Override
        public void close() {
            it.close();
            read.close();
            upper.close();
        }
    }

    long approximateEntries() {
        try {
            return db.getLongProperty("rocksdb.estimate-num-keys");
        } catch (RocksDBException e) {
            return 0;
        }
    }

    /** Flushes what is in memory, so a restart reads only what came after, then closes. */
    @Override
    public void close() {
        try (FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
            db.flush(flush);
        } catch (RocksDBException e) {
            // The view reads the unflushed records again on its next start.
        } finally {
            db.close();
            writeOptions.close();
            options.close();
        }
    }

    private static byte[] offsetKey(int partition) {
        byte[] digits = Integer.toString(partition).getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[OFFSET_PREFIX.length + digits.length];
        System.arraycopy(OFFSET_PREFIX, 0, key, 0, OFFSET_PREFIX.length);
        System.arraycopy(digits, 0, key, OFFSET_PREFIX.length, digits.length);
        return key;
    }

    private RecordsViewException failed(String what, RocksDBException e) {
        return new RecordsViewException(what + " in the records view at " + dir + ": " + e.getMessage(), e);
    }
}
