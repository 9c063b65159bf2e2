package dev.sluice.coordinator.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the events topic from its end and hands each committed event to subscribers: the SSE
 * stream, the create call waiting for its job, and the job metrics. It reads every partition, so
 * each coordinator instance sees every job's events.
 */
public final class EventTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventTail.class);
    private static final String ALL = "";

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final Map<String, List<Consumer<JsonNode>>> subscribers = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public EventTail(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::run, "sluice-event-tail");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Calls {@code listener} with each event envelope of {@code jobId} (null: of every job) until closed. */
    public AutoCloseable subscribe(String jobId, Consumer<JsonNode> listener) {
        String key = jobId == null ? ALL : jobId;
        subscribers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> subscribers.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    deliver(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        JsonNode envelope;
        try {
            envelope = Json.tree(record.value());
        } catch (RuntimeException e) {
            LOG.warn("skipping an unreadable event at {}-{}@{}", topic, record.partition(), record.offset());
            return;
        }
        String jobId = envelope.path("jobId").asText(ALL);
        notify(subscribers.get(jobId), envelope);
        notify(subscribers.get(ALL), envelope);
    }

    private static void notify(List<Consumer<JsonNode>> listeners, JsonNode envelope) {
        if (listeners == null) {
            return;
        }
        for (Consumer<JsonNode> listener : listeners) {
            try {
                listener.accept(envelope);
            } catch (RuntimeException e) {
                LOG.warn("an event listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
