package dev.sluice.coordinator.metrics;

import dev.sluice.common.job.Priority;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.pool.Pool;
import dev.sluice.coordinator.pool.PoolCatalog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Measures each pool's backlog: tasks on its priority topics that its worker group has not yet
 * committed. This is the number to autoscale a pool on, and it works from zero workers.
 */
public final class BacklogMonitor {

    private final Admin admin;
    private final Topics topics;
    private final PoolCatalog pools;
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();

    public BacklogMonitor(Admin admin, Topics topics, PoolCatalog pools, MeterRegistry registry) {
        this.admin = admin;
        this.topics = topics;
        this.pools = pools;
        for (Pool pool : pools.pools()) {
            for (Priority priority : Priority.values()) {
                AtomicLong value = backlog.computeIfAbsent(topics.tasks(pool.name(), priority), t -> new AtomicLong());
                Gauge.builder(CoordinatorMetrics.BACKLOG, value, AtomicLong::get)
                        .tag("pool", pool.name()).tag("priority", priority.wireName())
                        .description("Tasks waiting for a worker").register(registry);
            }
        }
    }

    /** Reads end offsets and committed offsets once; call it on a schedule. */
    public void refresh() throws Exception {
        for (Pool pool : pools.pools()) {
            List<String> names = topics.tasks(pool.name());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(topics.workerGroup(pool.name()))
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<String, Long> perTopic = new HashMap<>();
            ends.forEach((tp, end) -> {
                OffsetAndMetadata done = committed.get(tp);
                long lag = Math.max(0, end.offset() - (done == null ? 0 : done.offset()));
                perTopic.merge(tp.topic(), lag, Long::sum);
            });
            perTopic.forEach((topic, lag) -> backlog.get(topic).set(lag));
        }
    }
}
