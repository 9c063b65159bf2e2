package dev.sluice.worker.internal;

import dev.sluice.common.task.Task;
import org.apache.kafka.common.TopicPartition;

/**
 * A task as it came off a task topic.
 *
 * @param priority the level of its topic, 0 the highest
 */
public record Delivery(TopicPartition partition, long offset, int priority, Task task) {
}
