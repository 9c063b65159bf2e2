package dev.sluice.coordinator.records;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every record of a topic into a {@link RocksRecordStore}, raw key and value bytes, one
 * write batch per poll together with the offsets that follow it. No consumer group: it assigns
 * every partition and starts where the store says it stopped. Records are written without
 * transactions, so it reads uncommitted data and never waits behind a foreign open transaction.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration BACK_OFF = Duration.ofSeconds(1);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final RocksRecordStore store;
    private final Thread thread;
    private volatile boolean closing;
    private volatile RuntimeException failure;
    /** The next offset to apply, per partition: every record below it is in the store. Its monitor signals progress. */
    private final Map<Integer, Long> applied = new java.util.concurrent.ConcurrentHashMap<>();

    TopicFollower(String bootstrapServers, String topic, RocksRecordStore store) {
        this.consumer = new KafkaConsumer<>(config(bootstrapServers), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.store = store;
        this.thread = new Thread(this::follow, "sluice-records-view");
        this.thread.setDaemon(true);
    }

    /** Assigns every partition, each from where the store stopped, and reads up to the ends they have now. */
    void catchUp(Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new RecordsViewException("the records topic " + topic + " does not exist", null);
        }
        List<TopicPartition> partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            long next = store.nextOffset(partition.partition());
            applied.put(partition.partition(), Math.max(next, 0));
            if (next >= 0) {
                consumer.seek(partition, next);
            } else {
                consumer.seekToBeginning(List.of(partition));
            }
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(ends)) {
            if (System.nanoTime() > deadline) {
                throw new RecordsViewException("the records view did not read " + topic + " up to its end within " + timeout, null);
            }
            apply(consumer.poll(POLL));
        }
    }

    void start() {
        thread.start();
    }

    /** Why following stopped for good, or null while it goes on. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        if (thread.isAlive()) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!thread.isAlive()) {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void follow() {
        while (!closing) {
            try {
                apply(consumer.poll(POLL));
            } catch (WakeupException e) {
                // closing
            } catch (RecordsViewException e) {
                LOG.error("the records view stops: {}", e.getMessage(), e);
                failure = e;
                return;
            } catch (KafkaException e) {
                LOG.warn("the records view could not read {}; trying again in {}: {}", topic, BACK_OFF, e.getMessage());
                pause();
            } catch (RuntimeException e) {
                LOG.error("the records view stops", e);
                failure = e;
                return;
            }
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(ConsumerRecords<byte[], byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<Integer, Long> next = new HashMap<>();
        try (RocksRecordStore.Batch batch = store.batch()) {
            for (TopicPartition partition : records.partitions()) {
                long last = -1;
                for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                    if (record.key() != null) {
                        batch.put(record.key(), record.value());
                    }
                    last = record.offset();
                }
                batch.offset(partition.partition(), last + 1);
                next.put(partition.partition(), last + 1);
            }
            batch.commit();
        }
        synchronized (applied) {
            next.forEach((partition, offset) -> applied.merge(partition, offset, Math::max));
            applied.notifyAll();
        }
    }

    /**
     * Waits until the record at {@code offset} of {@code partition} is in the store, or until {@code deadlineNanos}
     * ({@link System#nanoTime()}); true when it is.
     */
    boolean awaitApplied(int partition, long offset, long deadlineNanos) throws InterruptedException {
        synchronized (applied) {
            while (applied.getOrDefault(partition, 0L) <= offset) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || failure != null || closing) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(applied, left);
            }
            return true;
        }
    }

    private void pause() {
        try {
            Thread.sleep(BACK_OFF.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    private static Map<String, Object> config(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "sluice-records-view");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // The coordinator creates the records topic with its settings; the view never makes one by asking for it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1024 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 4 * 1024 * 1024);
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        return config;
    }
}
