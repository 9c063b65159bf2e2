package dev.sluice.coordinator.http;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts the API's requests on the requests topic, as any upstream producer would. */
public final class RequestSender implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public RequestSender(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** Sends and waits for the broker's acknowledgement; a 503 when Kafka does not answer. */
    public void send(String jobId, byte[] body) {
        send(topic, jobId, body);
    }

    /** As {@link #send(String, byte[])}, to another topic. */
    public void send(String toTopic, String key, byte[] body) {
        try {
            producer.send(new ProducerRecord<>(toTopic, key, body)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "unavailable", "interrupted while sending the request", null);
        } catch (ExecutionException | TimeoutException e) {
            throw new ApiError(503, "unavailable", "Kafka did not accept the request: " + e.getMessage(), null);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
