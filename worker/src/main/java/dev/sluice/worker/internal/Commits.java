package dev.sluice.worker.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits task offsets once their reports are acknowledged, never past a task that is not. Every
 * method but {@link #acknowledged} belongs to the poll thread, which owns the consumer.
 */
final class Commits {

    private static final Logger LOG = LoggerFactory.getLogger(Commits.class);

    private final Consumer<?, ?> consumer;
    private final OffsetTracker tracker = new OffsetTracker();
    private final Queue<Delivery> acknowledged = new ConcurrentLinkedQueue<>();

    Commits(Consumer<?, ?> consumer) {
        this.consumer = consumer;
    }

    void received(TopicPartition partition, long offset) {
        tracker.received(partition, offset);
    }

    /** A record that is not a task counts as done at once. */
    void skipped(TopicPartition partition, long offset) {
        tracker.received(partition, offset);
        tracker.done(partition, offset);
    }

    /** Any thread: the task's final report is on the broker. */
    void acknowledged(Delivery delivery) {
        acknowledged.add(delivery);
    }

    /** Commits, without waiting, the positions that moved. */
    void commitAsync() {
        Map<TopicPartition, OffsetAndMetadata> offsets = offsets(collect().advanced());
        if (offsets.isEmpty()) {
            return;
        }
        consumer.commitAsync(offsets, (committed, error) -> {
            if (error instanceof RebalanceInProgressException || error instanceof RetriableException
                    || error != null && error.getCause() instanceof RebalanceInProgressException) {
                LOG.debug("Could not commit {} during a rebalance; will try again", offsets);
                tracker.retry(offsets.keySet());
            } else if (error != null) {
                LOG.warn("Could not commit {}; will try again: {}", offsets, error.toString());
                tracker.retry(offsets.keySet());
            }
        });
    }

    /** Commits the positions of {@code partitions} and waits; a failure is logged, as the tasks come back anyway. */
    void commitSync(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = offsets(collect().positions(partitions));
        if (offsets.isEmpty()) {
            return;
        }
        try {
            commitSync(offsets);
        } catch (KafkaException e) {
            LOG.warn("Could not commit {}; those tasks will be delivered again", offsets, e);
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            consumer.commitSync(offsets); // a wakeup meant for the poll; it fires once
        }
    }

    /** Forgets partitions this consumer no longer owns. */
    void forget(Collection<TopicPartition> partitions) {
        collect().forget(partitions);
    }

    private OffsetTracker collect() {
        for (Delivery done = acknowledged.poll(); done != null; done = acknowledged.poll()) {
            tracker.done(done.partition(), done.offset());
        }
        return tracker;
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Map<TopicPartition, Long> positions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((partition, position) -> offsets.put(partition, new OffsetAndMetadata(position)));
        return offsets;
    }
}
