package dev.sluice.bench;

import dev.sluice.embedded.EmbeddedKafka;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The least a job can cost on this broker: produce → consume → produce → consume, the two hops
 * of request → coordinator → worker, one round trip at a time. Plain, it uses idempotent
 * {@code acks=all} producers like the API and workers; transactional, each hop is committed in a
 * transaction and read with {@code read_committed}, as the coordinator's exactly-once hops are.
 */
final class KafkaFloor {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] PAYLOAD = new byte[200];

    private final EmbeddedKafka kafka;

    KafkaFloor(EmbeddedKafka kafka) {
        this.kafka = kafka;
    }

    Latencies measure(int roundTrips, boolean transactional) {
        String prefix = "bench.floor." + (transactional ? "txn" : "plain");
        List<String> hops = List.of(prefix + ".hop1", prefix + ".hop2");
        kafka.createTopics(1, hops.toArray(String[]::new));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(transactional));
             var first = consumer(hops.get(0), transactional);
             var second = consumer(hops.get(1), transactional)) {
            if (transactional) {
                producer.initTransactions();
            }
            List<KafkaConsumer<byte[], byte[]>> consumers = List.of(first, second);
            Latencies latencies = new Latencies();
            for (int i = -roundTrips / 10; i < roundTrips; i++) { // the first tenth warms up
                long start = System.nanoTime();
                for (int hop = 0; hop < hops.size(); hop++) {
                    send(producer, hops.get(hop), transactional);
                    receiveOne(consumers.get(hop));
                }
                if (i >= 0) {
                    latencies.add(System.nanoTime() - start);
                }
            }
            return latencies;
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, boolean transactional) {
        if (transactional) {
            producer.beginTransaction();
        }
        producer.send(new ProducerRecord<>(topic, PAYLOAD));
        if (transactional) {
            producer.commitTransaction();
        }
    }

    private static void receiveOne(KafkaConsumer<byte[], byte[]> consumer) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (consumer.poll(Duration.ofMillis(100)).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no record within " + TIMEOUT + " on " + consumer.assignment());
            }
        }
    }

    private Map<String, Object> producerConfig(boolean transactional) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        if (transactional) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-floor-" + UUID.randomUUID());
        }
        return config;
    }

    private KafkaConsumer<byte[], byte[]> consumer(String topic, boolean transactional) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, transactional ? "read_committed" : "read_uncommitted",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        TopicPartition partition = new TopicPartition(topic, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        return consumer;
    }
}
