package dev.sluice.worker.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the job-events topic from its end, without a group, for jobs that are canceled or fail,
 * and tells {@link EndedJobs}: a canceled job's batches stop on every worker. It reads only the
 * {@code sluice.type} header of each event, never its body.
 */
final class JobEndWatcher implements Runnable {

    static final String TYPE_HEADER = "sluice.type";
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
                    Header type = record.headers().lastHeader(TYPE_HEADER);
                    String name = type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
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
