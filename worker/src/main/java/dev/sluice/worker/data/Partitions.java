package dev.sluice.worker.data;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import dev.sluice.common.topic.KeyPartition;

/**
 * The partition counts of the topics a worker writes, looked up once per topic. A count learned
 * once stays: partitions added later would move a key, and the data of one sheet or one file must
 * stay in one partition. Readers find the data by the partition recorded with it, so nothing
 * depends on the count staying the same.
 */
final class Partitions {

    private final Function<String, List<PartitionInfo>> lookup;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** @param lookup the producer's {@code partitionsFor} */
    Partitions(Function<String, List<PartitionInfo>> lookup) {
        this.lookup = lookup;
    }

    int count(String topic) throws IOException {
        Integer known = counts.get(topic);
        if (known != null) {
            return known;
        }
        try {
            int count = lookup.apply(topic).size();
            counts.putIfAbsent(topic, count);
            return counts.get(topic);
        } catch (KafkaException e) {
            throw new IOException("the topic " + topic + " is not available: " + e.getMessage(), e);
        }
    }

    /** The partition the default partitioner picks for {@code key} among the topic's partitions. */
    int forKey(String topic, String key) throws IOException {
        return KeyPartition.of(key, count(topic));
    }
}
