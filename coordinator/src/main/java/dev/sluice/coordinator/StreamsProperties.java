package dev.sluice.coordinator;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** The coordinator's Kafka Streams configuration, and waiting for it to run. */
final class StreamsProperties {

    private StreamsProperties() {
    }

    static Properties of(CoordinatorSettings settings) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(settings.commitInterval().toMillis()));
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, Integer.toString(settings.replicationFactor()));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "0");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), "10");
        props.put(StreamsConfig.POLL_MS_CONFIG, "10");
        props.putAll(settings.overrides());
        return props;
    }

    /**
     * Starts {@code streams} and returns once it runs; throws if it does not within {@code timeout}.
     * {@code ended} completes when the application stops for good: normally after a close, exceptionally
     * when it failed.
     */
    static void startAndAwait(KafkaStreams streams, Duration timeout, CompletableFuture<Void> ended)
            throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            } else if (now == KafkaStreams.State.ERROR) {
                ended.completeExceptionally(new IllegalStateException("Kafka Streams failed; see the log for the cause"));
            } else if (now == KafkaStreams.State.NOT_RUNNING) {
                ended.complete(null);
            }
        });
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Kafka Streams did not reach RUNNING within " + timeout + "; it is " + streams.state());
        }
    }
}
