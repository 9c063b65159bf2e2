package dev.sluice.worker.internal;

import dev.sluice.common.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The poll thread's work: fetch tasks into the buffer, commit what is reported, keep the buffer
 * bounded. On {@link #requestStop()} it drops the buffered tasks, keeps polling with every
 * partition paused until the running batches are reported, and commits a last time.
 */
final class PollLoop {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);

    private final Consumer<byte[], byte[]> consumer;
    private final List<String> topics;
    private final TaskBuffer buffer;
    private final Commits commits;
    private final FlowControl flow;
    private final Rebalance rebalance;
    private volatile boolean stopRequested;

    PollLoop(Consumer<byte[], byte[]> consumer, List<String> topics, TaskBuffer buffer, Commits commits,
             FlowControl flow, Rebalance rebalance) {
        this.consumer = consumer;
        this.topics = List.copyOf(topics);
        this.buffer = buffer;
        this.commits = commits;
        this.flow = flow;
        this.rebalance = rebalance;
    }

    /** Runs until a stop is requested and the batches in flight are reported and committed. */
    void run() {
        consumer.subscribe(topics, rebalance);
        while (!stopRequested) {
            intake(poll());
            commits.commitAsync();
            flow.apply(consumer, buffer);
        }
        drain();
    }

    /** Any thread: asks the loop to stop taking tasks and wind down. */
    void requestStop() {
        stopRequested = true;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    private void intake(ConsumerRecords<byte[], byte[]> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            var partition = new TopicPartition(record.topic(), record.partition());
            Optional<Task> task = TaskDecoder.decode(record);
            if (task.isEmpty()) {
                commits.skipped(partition, record.offset());
            } else {
                commits.received(partition, record.offset());
                buffer.add(new Delivery(partition, record.offset(), flow.priorityOf(record.topic()), task.get()));
            }
        }
    }

    /** Any thread: a buffered priority has room again, so the poll should return to resume it. */
    void wakeup() {
        consumer.wakeup();
    }

    private ConsumerRecords<byte[], byte[]> poll() {
        try {
            return consumer.poll(POLL_TIMEOUT);
        } catch (WakeupException e) {
            return ConsumerRecords.empty();
        }
    }

    private void drain() {
        buffer.close();
        while (buffer.handedOut() > 0) {
            consumer.pause(consumer.assignment());
            poll(); // records of partitions assigned meanwhile are ignored, not committed
            commits.commitAsync();
        }
        commits.commitSync(consumer.assignment());
    }
}
