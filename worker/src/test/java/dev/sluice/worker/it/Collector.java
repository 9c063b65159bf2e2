package dev.sluice.worker.it;

import dev.sluice.common.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the start on a thread of its own and keeps its values, in the order of the
 * topic (which is send order when the topic has one partition).
 *
 * @param <T> the JSON type of the values
 */
final class Collector<T> implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<T> values = new CopyOnWriteArrayList<>();
    private final Thread thread;

    Collector(String bootstrapServers, String topic, Class<T> type) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "collector-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topic));
        thread = new Thread(() -> collect(type), "collector-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** What has been read so far. */
    List<T> values() {
        return List.copyOf(values);
    }

    private void collect(Class<T> type) {
        try {
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(Json.read(record.value(), type)));
            }
        } catch (WakeupException e) {
            // closed
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join();
    }
}
