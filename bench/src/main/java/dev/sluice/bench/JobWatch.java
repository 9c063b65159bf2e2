package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows jobs through the topics from their ends, as a listener would (read_committed), and
 * notes when this process sees each step: the first {@code job:queued} event, the first worker
 * report on the results topic, and the final event; and which workers finished its batches. A job may finish before its creator learns
 * its id, so every job is tracked until it is {@linkplain #forget forgotten}.
 */
final class JobWatch implements AutoCloseable {

    /**
     * A job's final event, when this process saw it and the job's earlier steps, in
     * {@link System#nanoTime()}; a step that was not seen is 0.
     */
    record Arrival(long queuedNanos, long reportedNanos, long nanos, String type, JsonNode job,
                   Map<String, Integer> batchesByWorker) {

        boolean completed() {
            return "job:completed".equals(type);
        }
    }

    private static final Set<String> FINAL = Set.of("job:completed", "job:failed", "job:canceled", "job:rejected");

    private final KafkaConsumer<String, byte[]> consumer;
    private final String events;
    private final String results;
    private final Map<String, Track> tracks = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    JobWatch(String bootstrap, Topics topics) {
        this.events = topics.jobEvents();
        this.results = topics.taskResults();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Fetches return as soon as data is there; this caps the wait when it is not.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(events, results)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "bench-job-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Completes with the job's final event; at once if it has already been seen. */
    CompletableFuture<Arrival> of(String jobId) {
        return track(jobId).done;
    }

    void forget(String jobId) {
        tracks.remove(jobId);
    }

    private Track track(String jobId) {
        return tracks.computeIfAbsent(jobId, id -> new Track());
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.topic().equals(results)) {
                        // Keyed by the root job, which is the job itself for the bench's jobs.
                        track(record.key()).reported(Json.tree(record.value()), now);
                    } else {
                        JsonNode event = Json.tree(record.value());
                        track(event.path("jobId").asText()).event(event, now);
                    }
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

    /** What has been seen of one job. Only the follower thread writes. */
    private static final class Track {

        final CompletableFuture<Arrival> done = new CompletableFuture<>();
        private final Map<String, Integer> batchesByWorker = new TreeMap<>();
        private long queued;
        private long reported;

        void reported(JsonNode report, long now) {
            reported = reported == 0 ? now : reported;
            if (report.path("kind").asText().equals("done")) {
                batchesByWorker.merge(report.path("workerId").asText(), 1, Integer::sum);
            }
        }

        void event(JsonNode event, long now) {
            String type = event.path("type").asText();
            if (type.equals("job:queued") && queued == 0) {
                queued = now;
            } else if (FINAL.contains(type)) {
                done.complete(new Arrival(queued, reported, now, type, event.path("job"), Map.copyOf(batchesByWorker)));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
