package dev.sluice.worker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Keeps the buffer bounded per priority: the partitions of a task topic are paused while its
 * priority has {@code perPriority} tasks buffered, and resumed once it has fewer. Polling goes on
 * either way, which keeps the consumer in its group. Per priority rather than overall, so that a
 * buffer full of low tasks never keeps high tasks out.
 */
final class FlowControl {

    private final List<String> topicsByPriority;
    private final int perPriority;

    /**
     * @param topicsByPriority the pool's task topics, highest priority first
     * @param perPriority      buffered tasks of one priority at which its topic is paused
     */
    FlowControl(List<String> topicsByPriority, int perPriority) {
        this.topicsByPriority = List.copyOf(topicsByPriority);
        this.perPriority = perPriority;
    }

    /** The priority level of a task topic, 0 the highest. */
    int priorityOf(String topic) {
        int level = topicsByPriority.indexOf(topic);
        if (level < 0) {
            throw new IllegalArgumentException("not a task topic of this pool: " + topic);
        }
        return level;
    }

    /** Pauses the partitions whose priority is full and resumes the others. */
    void apply(Consumer<?, ?> consumer, TaskBuffer buffer) {
        Set<TopicPartition> paused = consumer.paused();
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        for (TopicPartition partition : consumer.assignment()) {
            boolean full = buffer.size(priorityOf(partition.topic())) >= perPriority;
            if (full && !paused.contains(partition)) {
                pause.add(partition);
            } else if (!full && paused.contains(partition)) {
                resume.add(partition);
            }
        }
        consumer.pause(pause);
        consumer.resume(resume);
    }
}
