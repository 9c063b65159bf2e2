package dev.sluice.coordinator.records;

import dev.sluice.common.record.Segment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every sheet's records, on every coordinator instance: the records topic folded into a local
 * RocksDB database ({@code SHEET/ROW} → the record's bytes, as the topic has them). A plain consumer
 * follows the topic and writes each poll's records in one batch, without a write-ahead log, so that
 * a record costs the view a copy and a memtable insert rather than a Streams global store's
 * deserialising, caching and per-record writes. It reads the topic up to its end before
 * {@link #start} returns, as a global store restores before Streams runs. Thread-safe.
 */
public final class RecordsView implements ReadOnlyKeyValueStore<String, byte[]>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsView.class);

    private final RocksRecordStore store;
    private final TopicFollower follower;
    /** Reads hold it shared; closing the database takes it alone, so no scan outlives the database. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed; // guarded by open

    private RecordsView(RocksRecordStore store, TopicFollower follower) {
        this.store = store;
        this.follower = follower;
    }

    /**
     * Opens the view's database in {@code dir}, reads the topic from where the database stopped up
     * to its current end, then follows it on a thread of its own.
     *
     * @throws RecordsViewException when the database cannot be opened or the topic not read up to its end within {@code restoreTimeout}
     */
    public static RecordsView start(String bootstrapServers, String topic, Path dir, Duration restoreTimeout) {
        RocksRecordStore store = RocksRecordStore.open(dir);
        TopicFollower follower = new TopicFollower(bootstrapServers, topic, store);
        try {
            follower.catchUp(restoreTimeout);
        } catch (RuntimeException e) {
            follower.close();
            store.close();
            throw e;
        }
        follower.start();
        LOG.info("records view at {} follows {} ({} records)", dir, topic, store.approximateEntries());
        return new RecordsView(store, follower);
    }

    /**
     * Waits until every record of {@code segments} is in the view, at most {@code within}: a job that wrote a
     * sheet has completed once its records are on the topic, and the view follows the topic a moment behind.
     * True when they all are.
     */
    public boolean awaitCovered(List<Segment> segments, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try {
            for (Segment segment : segments) {
                if (segment.toOffset() >= 0 && !follower.awaitApplied(segment.partition(), segment.toOffset(), deadline)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public byte[] get(String key) {
        lockOpen();
        try {
            return store.get(key.getBytes(StandardCharsets.UTF_8));
        } finally {
            open.readLock().unlock();
        }
    }

    /** Records with {@code from <= key <= to}, in key order; close the iterator in the thread that asked for it. */
    @Override
    public KeyValueIterator<String, byte[]> range(String from, String to) {
        byte[] upper = Bytes.increment(Bytes.wrap(to.getBytes(StandardCharsets.UTF_8))).get();
        lockOpen();
        try {
            return new Entries(store.scan(from.getBytes(StandardCharsets.UTF_8), upper));
        } catch (RuntimeException e) {
            open.readLock().unlock();
            throw e;
        }
    }

    @Override
    public KeyValueIterator<String, byte[]> all() {
        return range("\u0001", "\uffff");
    }

    @Override
    public long approximateNumEntries() {
        return store.approximateEntries();
    }

    /** Stops following the topic and closes the database once no scan is open. Idempotent. */
    @Override
    public void close() {
        follower.close();
        open.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                store.close();
            }
        } finally {
            open.writeLock().unlock();
        }
    }

    private void lockOpen() {
        open.readLock().lock();
        if (closed) {
            open.readLock().unlock();
            throw new RecordsViewException("the records view is closed", null);
        }
        RuntimeException failure = follower.failure();
        if (failure != null) {
            open.readLock().unlock();
            throw new RecordsViewException("the records view stopped following its topic: " + failure.getMessage(), failure);
        }
    }

    /** A scan as Streams' iterator; closing it ends the read. */
    private final class Entries implements KeyValueIterator<String, byte[]> {
        private final RocksRecordStore.Scan scan;
        private boolean done;

        Entries(RocksRecordStore.Scan scan) {
            this.scan = scan;
        }

        @Override
        public boolean hasNext() {
            return !done && scan.valid();
        }

        @Override
        public KeyValue<String, byte[]> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            KeyValue<String, byte[]> entry = KeyValue.pair(new String(scan.key(), StandardCharsets.UTF_8), scan.value());
            scan.next();
            return entry;
        }

        @Override
        public String peekNextKey() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return new String(scan.key(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            if (!done) {
                done = true;
                scan.close();
                open.readLock().unlock();
            }
        }
    }
}
