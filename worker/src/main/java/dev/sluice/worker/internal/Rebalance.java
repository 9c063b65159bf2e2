package dev.sluice.worker.internal;

import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/**
 * Reacts to partitions moving between workers. Buffered tasks of a partition that leaves are
 * dropped (its next owner gets them from the last commit); tasks running for it finish and are
 * reported, but are not committed here, so they may run twice, which the coordinator absorbs.
 */
final class Rebalance implements ConsumerRebalanceListener {

    private final TaskBuffer buffer;
    private final Commits commits;
    private volatile boolean joined;

    Rebalance(TaskBuffer buffer, Commits commits) {
        this.buffer = buffer;
        this.commits = commits;
    }

    /** True once the consumer has joined its group and received an assignment, possibly empty. */
    boolean joined() {
        return joined;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        joined = true;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        buffer.remove(delivery -> partitions.contains(delivery.partition()));
        commits.commitSync(partitions);
        commits.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        buffer.remove(delivery -> partitions.contains(delivery.partition()));
        commits.forget(partitions);
    }
}
