package dev.sluice.worker.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * Knows, per partition, how far the consumer may commit. Tasks finish out of order, so the
 * committable position is the lowest offset still open (received but not done), or one past the
 * highest received offset when none is open. Offsets the consumer never delivered (transaction
 * markers, aborted records) are gaps and never block. Pure; used from the poll thread only.
 */
public final class OffsetTracker {

    private static final class Partition {
        final TreeSet<Long> open = new TreeSet<>();
        long next = -1;
        long handedOut = -1;

        long position() {
            return open.isEmpty() ? next : open.first();
        }
    }

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();

    /** The consumer delivered {@code offset}; it stays open until {@link #done}. */
    public void received(TopicPartition partition, long offset) {
        Partition state = partitions.computeIfAbsent(partition, p -> new Partition());
        state.open.add(offset);
        state.next = Math.max(state.next, offset + 1);
    }

    /** The task at {@code offset} is finished and reported. Unknown partitions and offsets are ignored. */
    public void done(TopicPartition partition, long offset) {
        Partition state = partitions.get(partition);
        if (state != null) {
            state.open.remove(offset);
        }
    }

    /**
     * The positions that moved since they were last handed out, which now count as handed out.
     * Commit them; on failure call {@link #retry}.
     */
    public Map<TopicPartition, Long> advanced() {
        Map<TopicPartition, Long> moved = new HashMap<>();
        partitions.forEach((partition, state) -> {
            long position = state.position();
            if (position > state.handedOut) {
                state.handedOut = position;
                moved.put(partition, position);
            }
        });
        return moved;
    }

    /** Every known position among {@code wanted}, moved or not, e.g. for a last synchronous commit. */
    public Map<TopicPartition, Long> positions(Collection<TopicPartition> wanted) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : wanted) {
            Partition state = partitions.get(partition);
            if (state != null) {
                positions.put(partition, state.position());
            }
        }
        return positions;
    }

    /** A commit of these partitions failed: hand their positions out again. */
    public void retry(Collection<TopicPartition> failed) {
        failed.forEach(partition -> {
            Partition state = partitions.get(partition);
            if (state != null) {
                state.handedOut = -1;
            }
        });
    }

    /** Drops what is known of partitions this consumer no longer owns. */
    public void forget(Collection<TopicPartition> gone) {
        gone.forEach(partitions::remove);
    }

    /** Offsets received and not yet done, over all partitions. */
    public int open() {
        return partitions.values().stream().mapToInt(state -> state.open.size()).sum();
    }
}
