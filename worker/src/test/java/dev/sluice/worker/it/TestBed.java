package dev.sluice.worker.it;

import static org.awaitility.Awaitility.await;

import dev.sluice.common.job.Priority;
import dev.sluice.common.json.Json;
import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.common.task.WorkerHeartbeat;
import dev.sluice.common.topic.Topics;
import dev.sluice.embedded.EmbeddedKafka;
import dev.sluice.worker.Worker;
import dev.sluice.worker.WorkerSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One test's world on the shared broker: its own topic prefix and topics (task topics with two
 * partitions; results and workers with one, so their order is send order), a task producer,
 * collectors of reports and heartbeats, and the workers it started, shut down on close.
 */
final class TestBed implements AutoCloseable {

    static final int TASK_PARTITIONS = 2;
    static final int RECORD_PARTITIONS = 3;

    final Topics topics = new Topics("t" + UUID.randomUUID().toString().substring(0, 8));
    final Collector<TaskReport> reports;
    final Collector<WorkerHeartbeat> heartbeats;
    private final EmbeddedKafka kafka;
    private final KafkaProducer<String, byte[]> producer;
    private final Admin admin;
    private final List<Worker> workers = new ArrayList<>();
    private final List<PrometheusMeterRegistry> registries = new ArrayList<>();

    TestBed(EmbeddedKafka kafka) {
        this.kafka = kafka;
        kafka.createTopics(TASK_PARTITIONS, topics.tasks(Topics.DEFAULT_POOL).toArray(String[]::new));
        kafka.createTopics(1, topics.taskResults(), topics.workers(), topics.jobErrors(), topics.jobLogs(), topics.jobEnds());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        reports = new Collector<>(kafka.bootstrapServers(), topics.taskResults(), TaskReport.class);
        heartbeats = new Collector<>(kafka.bootstrapServers(), topics.workers(), WorkerHeartbeat.class);
    }

    /**
     * Creates the topics that data handlers use, as the coordinator does: records with
     * {@link #RECORD_PARTITIONS} partitions, files with two, file-meta with one (compacted); the last
     * two take messages of 2 MiB, so a chunk of 1 MiB fits. Waits until every partition has a leader.
     */
    void createDataTopics() throws Exception {
        Map<String, String> large = Map.of("max.message.bytes", Integer.toString(2 * 1024 * 1024));
        List<NewTopic> data = List.of(new NewTopic(topics.records(), RECORD_PARTITIONS, (short) 1),
                new NewTopic(topics.files(), 2, (short) 1).configs(large),
                new NewTopic(topics.fileMeta(), 1, (short) 1).configs(Map.of("cleanup.policy", "compact",
                        "max.message.bytes", large.get("max.message.bytes"))));
        admin.createTopics(data).all().get(30, TimeUnit.SECONDS);
        List<String> names = data.stream().map(NewTopic::name).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.describeTopics(names).allTopicNames().get().values()
                .stream().flatMap(topic -> topic.partitions().stream()).allMatch(partition -> partition.leader() != null));
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Settings for a worker of this test: two threads, quick heartbeats. */
    WorkerSettings settings() {
        return WorkerSettings.defaults(kafka.bootstrapServers()).withTopics(topics).withConcurrency(2)
                .withHeartbeatInterval(Duration.ofMillis(500));
    }

    /** Starts a worker with a meter registry of its own, as each worker process has. */
    Worker start(WorkerSettings settings, HandlerRegistry handlers) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Worker worker = Worker.start(settings, handlers, registry, Clock.systemUTC());
        registries.add(registry);
        workers.add(worker);
        return worker;
    }

    /** The meters of the worker started last. */
    PrometheusMeterRegistry registry() {
        return registries.get(registries.size() - 1);
    }

    String taskTopic(Priority priority) {
        return topics.tasks(Topics.DEFAULT_POOL, priority);
    }

    void send(Priority priority, List<Task> tasks) {
        tasks.forEach(task -> sendRaw(priority, task.jobId(), Json.bytes(task)));
        producer.flush();
    }

    void sendRaw(Priority priority, String key, byte[] value) {
        producer.send(new ProducerRecord<>(taskTopic(priority), key, value));
        producer.flush();
    }

    <T extends TaskReport> List<T> reports(Class<T> kind) {
        return reports.values().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The offsets the workers' group committed, by partition. */
    Map<TopicPartition, Long> committed() throws Exception {
        String group = topics.prefix() + "-workers-" + Topics.DEFAULT_POOL;
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                .entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** The end offsets of a task topic's partitions that hold records. */
    Map<TopicPartition, Long> endOffsets(Priority priority) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < TASK_PARTITIONS; partition++) {
            latest.put(new TopicPartition(taskTopic(priority), partition), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .filter(entry -> entry.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() throws Exception {
        for (Worker worker : workers) {
            worker.shutdown().get(60, TimeUnit.SECONDS);
        }
        reports.close();
        heartbeats.close();
        producer.close();
        admin.close();
        registries.forEach(PrometheusMeterRegistry::close);
    }
}
