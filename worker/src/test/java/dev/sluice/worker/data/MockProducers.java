package dev.sluice.worker.data;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Mock producers over a cluster whose every topic has three partitions. */
final class MockProducers {

    static final int PARTITIONS = 3;

    private MockProducers() {
    }

    static MockProducer<String, byte[]> of(boolean autoComplete, String... topics) {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = Stream.of(topics).flatMap(topic -> IntStream.range(0, PARTITIONS)
                .mapToObj(p -> new PartitionInfo(topic, p, node, new Node[] {node}, new Node[] {node}))).toList();
        Cluster cluster = new Cluster("test", List.of(node), partitions, Set.of(), Set.of());
        return new MockProducer<>(cluster, autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    }
}
