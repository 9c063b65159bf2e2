package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.coordinator.records.RecordsView;
import dev.sluice.coordinator.records.RecordsViewException;
import dev.sluice.embedded.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's records view on a real broker: it reads the topic, follows it, and starts again where it stopped. */
class RecordsViewIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final EmbeddedKafka kafka = Broker.get();

    @Test
    void itHoldsTheNewestValueOfEveryKeyInKeyOrderAndGoesOnAfterARestart() throws Exception {
        String topic = "records-view-it-" + System.nanoTime();
        kafka.createTopics(3, topic);
        Map<String, String> expected = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int row = 0; row < 300; row++) {
                send(producer, topic, row % 3, key("sh_a", row), "a" + row, expected);
            }
            send(producer, topic, 0, key("sh_b", 0), "b0", expected);
            producer.flush();

            try (RecordsView view = start(topic)) {
                // Everything on the topic when the view starts is in it before start returns.
                assertThat(read(view, "sh_a")).containsExactlyEntriesOf(only(expected, "sh_a"));
                assertThat(view.get(key("sh_b", 0))).isEqualTo("b0".getBytes(StandardCharsets.UTF_8));

                send(producer, topic, 1, key("sh_a", 300), "a300", expected);
                send(producer, topic, 2, key("sh_a", 5), "a5 again", expected);
                producer.flush();
                await().atMost(WAIT).until(() -> read(view, "sh_a").equals(only(expected, "sh_a")));
            }

            send(producer, topic, 0, key("sh_a", 301), "written while the view was stopped", expected);
            producer.send(new ProducerRecord<>(topic, 1, key("sh_a", 7), null)).get();
            expected.remove(key("sh_a", 7));
            producer.flush();
        }

        try (RecordsView again = start(topic)) {
            assertThat(read(again, "sh_a")).containsExactlyEntriesOf(only(expected, "sh_a"));
            assertThat(read(again, "sh_b")).containsExactlyEntriesOf(only(expected, "sh_b"));
            assertThat(again.get(key("sh_a", 7))).isNull();
        }
    }

    @Test
    void aViewOfATopicThatDoesNotExistDoesNotStart() {
        assertThatThrownBy(() -> RecordsView.start(kafka.bootstrapServers(), "records-view-it-missing-" + System.nanoTime(),
                dir, Duration.ofSeconds(5))).isInstanceOf(RecordsViewException.class).hasMessageContaining("does not exist");
        // The database was closed again: another view can open the same folder.
        String topic = "records-view-it-" + System.nanoTime();
        kafka.createTopics(1, topic);
        try (RecordsView view = start(topic)) {
            assertThat(view.approximateNumEntries()).isZero();
        }
    }

    private RecordsView start(String topic) {
        return RecordsView.start(kafka.bootstrapServers(), topic, dir.resolve("view"), WAIT);
    }

    private static Map<String, String> read(RecordsView view, String sheet) {
        Map<String, String> out = new LinkedHashMap<>();
        try (KeyValueIterator<String, byte[]> it = view.range(sheet + "/", sheet + "/~")) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> entry = it.next();
                out.put(entry.key, new String(entry.value, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static Map<String, String> only(Map<String, String> all, String sheet) {
        List<String> keys = new ArrayList<>(all.keySet().stream().filter(key -> key.startsWith(sheet + "/")).sorted().toList());
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(key -> out.put(key, all.get(key)));
        return out;
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, int partition, String key, String value,
                             Map<String, String> expected) {
        producer.send(new ProducerRecord<>(topic, partition, key, value.getBytes(StandardCharsets.UTF_8)));
        expected.put(key, value);
    }

    private static String key(String sheet, long row) {
        return dev.sluice.common.record.RecordKeys.key(sheet, row);
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
