package dev.sluice.coordinator.view;

import dev.sluice.common.error.ErrorChunk;
import dev.sluice.common.error.ErrorKeys;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A job's failed records, read from the global store of the errors topic. A batch may have been
 * run more than once (retried, re-delivered after a lost worker, or rerun by a retry of the job):
 * only its newest attempt counts, so a record is never listed twice and a failure that a later
 * attempt fixed is not listed at all. Attempts number on across a job's retries, so the chain of
 * jobs (the original and its retries up to this one) reads as one.
 */
public final class ErrorView {

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public ErrorView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    /** One failed record's failure, with the batch that reported it. */
    public record Entry(int batch, String stage, RecordError error) {
    }

    /**
     * Calls {@code each} with the failures of the jobs in {@code chain} (oldest first) in batch
     * order, from batch {@code fromBatch} on, until it returns false.
     */
    public void forEach(List<String> chain, int fromBatch, Predicate<Entry> each) {
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (String jobId : chain) {
                String from = fromBatch <= 0 ? ErrorKeys.start(jobId) : ErrorKeys.key(jobId, fromBatch, 0, 0);
                cursors.add(new Cursor(store.get().range(from, ErrorKeys.end(jobId))));
            }
            while (true) {
                int batch = cursors.stream().mapToInt(Cursor::batch).min().orElse(Integer.MAX_VALUE);
                if (batch == Integer.MAX_VALUE) {
                    return;
                }
                List<ErrorChunk> newest = List.of();
                for (Cursor cursor : cursors) {
                    List<ErrorChunk> attempt = cursor.newestAttemptOf(batch);
                    if (!attempt.isEmpty() && (newest.isEmpty() || attempt.get(0).attempt() >= newest.get(0).attempt())) {
                        newest = attempt;
                    }
                }
                if (!emit(newest, each)) {
                    return;
                }
            }
        } finally {
            cursors.forEach(Cursor::close);
        }
    }

    /** Like {@link #forEach(List, int, Predicate)} for a job without retries. */
    public void forEach(String jobId, int fromBatch, Predicate<Entry> each) {
        forEach(List.of(jobId), fromBatch, each);
    }

    /** True when some job of {@code chain} has a failed record stored. */
    public boolean any(List<String> chain) {
        boolean[] found = {false};
        forEach(chain, 0, entry -> {
            found[0] = true;
            return false;
        });
        return found[0];
    }

    private static boolean emit(List<ErrorChunk> chunks, Predicate<Entry> each) {
        for (ErrorChunk chunk : chunks) {
            for (RecordError error : chunk.errors()) {
                if (!each.test(new Entry(chunk.batch(), chunk.stage(), error))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Walks one job's chunks a batch at a time. */
    private static final class Cursor implements AutoCloseable {
        private final KeyValueIterator<String, byte[]> it;
        private ErrorChunk peeked;

        Cursor(KeyValueIterator<String, byte[]> it) {
            this.it = it;
            advance();
        }

        int batch() {
            return peeked == null ? Integer.MAX_VALUE : peeked.batch();
        }

        /** The chunks of {@code batch}'s newest attempt, consuming all of the batch; empty when it is not next. */
        List<ErrorChunk> newestAttemptOf(int batch) {
            List<ErrorChunk> attempt = new ArrayList<>();
            while (peeked != null && peeked.batch() == batch) {
                if (!attempt.isEmpty() && attempt.get(0).attempt() != peeked.attempt()) {
                    attempt.clear(); // a newer attempt of the same batch replaces the older one
                }
                attempt.add(peeked);
                advance();
            }
            return attempt;
        }

        private void advance() {
            peeked = it.hasNext() ? Json.read(it.next().value, ErrorChunk.class) : null;
        }

        @Override
        public void close() {
            it.close();
        }
    }
}
