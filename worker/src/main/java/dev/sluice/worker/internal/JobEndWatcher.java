package dev.sluice.worker.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the job-ends topic from its end, without a group, for jobs that are canceled or fail,
 * and tells {@link EndedJobs}: a canceled job's batches stop on every worker. The topic holds only
 * such endings (key the job, value the event type), so following it costs little.
 */
final class JobEndWatcher implements Runnable {

    private static final Set<String> ENDINGS = Set.of("job:canceled", "job:failed");
    private static final Logger LOG = LoggerFactory.getLogger(JobEndWatcher.class);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final EndedJobs ended;
    private volatile boolean stopped;

    JobEndWatcher(Consumer<String, byte[]> consumer, String topic, EndedJobs ended) {
        this.consumer = consumer;
        this.topic = topic;
        this.ended = ended;
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (!stopped) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String name = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
                    if (name != null && ENDINGS.contains(name) && record.key() != null) {
                        ended.end(record.key(), name);
                    }
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.warn("Stopped following {} for canceled jobs; their running batches will run to their end", topic, e);
        } finally {
            consumer.close();
        }
    }

    void stop() {
        stopped = true;
        consumer.wakeup();
    }
}
