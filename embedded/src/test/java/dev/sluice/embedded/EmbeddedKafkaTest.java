package dev.sluice.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void records_produced_to_a_created_topic_can_be_consumed_back() throws Exception {
        kafka.createTopics(3, "plain");
        kafka.createTopics(3, "plain"); // creating again is harmless

        List<String> values = IntStream.range(0, 10).mapToObj(i -> "value-" + i).toList();
        try (var producer = new KafkaProducer<String, String>(producerConfig(kafka, Map.of()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("plain", value, value)).get();
            }
        }

        assertThat(readValues(kafka, "plain", values.size(), "read_uncommitted"))
                .containsExactlyInAnyOrderElementsOf(values);
    }

    @Test
    void a_committed_transaction_is_visible_to_a_read_committed_consumer() {
        kafka.createTopics(1, "transactional");

        var transactional = Map.<String, Object>of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID());
        try (var producer = new KafkaProducer<String, String>(producerConfig(kafka, transactional))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactional", "k", "first"));
            producer.send(new ProducerRecord<>("transactional", "k", "second"));
            producer.commitTransaction();
        }

        assertThat(readValues(kafka, "transactional", 2, "read_committed")).containsExactly("first", "second");
    }

    @Test
    void records_survive_a_restart_on_the_same_data_dir(@TempDir Path dataDir) throws Exception {
        var settings = EmbeddedKafka.Settings.defaults().withDataDir(dataDir);
        try (var first = EmbeddedKafka.start(settings)) {
            first.createTopics(1, "durable");
            try (var producer = new KafkaProducer<String, String>(producerConfig(first, Map.of()))) {
                producer.send(new ProducerRecord<>("durable", "k", "kept")).get();
            }
        }

        try (var second = EmbeddedKafka.start(settings)) {
            second.createTopics(1, "durable"); // already exists: no-op
            assertThat(readValues(second, "durable", 1, "read_committed")).containsExactly("kept");
        }
    }

    @Test
    void close_can_be_called_twice() {
        var broker = EmbeddedKafka.start(EmbeddedKafka.Settings.defaults());
        broker.close();

        assertThatCode(broker::close).doesNotThrowAnyException();
    }

    private static Map<String, Object> producerConfig(EmbeddedKafka broker, Map<String, Object> extra) {
        var config = new HashMap<String, Object>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        config.putAll(extra);
        return config;
    }

    private static List<String> readValues(EmbeddedKafka broker, String topic, int count, String isolation) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
