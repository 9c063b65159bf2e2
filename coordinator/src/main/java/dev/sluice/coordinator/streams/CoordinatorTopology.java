package dev.sluice.coordinator.streams;

import dev.sluice.common.job.JobState;
import dev.sluice.common.json.Json;
import dev.sluice.common.task.TaskReport;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.coordinator.decide.Lease;
import dev.sluice.coordinator.decide.Notice;
import dev.sluice.coordinator.intake.JobIds;
import dev.sluice.coordinator.intake.RequestDecoder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's Kafka Streams topology: requests (re-keyed by job id when they come without
 * a key) and worker reports meet in the {@link JobProcessor}, which owns the jobs store; global
 * stores give every instance the live workers, the latest state of every job and every file's meta.
 */
public final class CoordinatorTopology {

    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorTopology.class);

    private CoordinatorTopology() {
    }

    public static Topology build(CoordinatorSettings settings, RequestDecoder decoder) {
        Topics topics = settings.topics();
        StreamsBuilder builder = new StreamsBuilder();
        addStores(builder, topics);

        Map<String, KStream<String, byte[]>> requests = builder
                .stream(topics.jobRequests(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .split(Named.as("requests-"))
                .branch((key, body) -> key != null, Branched.as("keyed"))
                .defaultBranch(Branched.as("unkeyed"));
        KStream<String, byte[]> rekeyed = requests.get("requests-unkeyed")
                .selectKey((key, body) -> idFor(body))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray())
                        .withName("requests-by-job").withNumberOfPartitions(settings.partitions()));
        KStream<String, CoordinatorInput> inputs = requests.get("requests-keyed").merge(rekeyed)
                .mapValues(body -> (CoordinatorInput) new CoordinatorInput.Request(body == null ? new byte[0] : body))
                .merge(builder.stream(topics.taskResults(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                        .flatMapValues(CoordinatorTopology::report))
                .merge(builder.stream(topics.jobNotices(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                        .flatMapValues(CoordinatorTopology::notice));

        inputs.process(() -> new JobProcessor(topics, decoder, settings.tick(), settings.workerTimeout()),
                        Stores.JOBS, Stores.ACTIVE, Stores.COLLECTED, Stores.LEASES, Stores.WATCHERS, Stores.FILE_PARTS)
                .to((key, out, context) -> out.topic(), Produced.with(Serdes.String(), JsonSerde.out()));
        return builder.build();
    }

    private static void addStores(StreamsBuilder builder, Topics topics) {
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.JOBS),
                Serdes.String(), JsonSerde.of(JobState.class)));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.ACTIVE),
                Serdes.String(), Serdes.Long()));
        builder.addGlobalStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                        org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.WORKERS),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                topics.workers(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                () -> new GlobalPut(Stores.WORKERS));
        builder.globalTable(topics.jobEvents(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(Stores.JOB_VIEW)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.COLLECTED),
                Serdes.String(), JsonSerde.of(Collected.class)));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.LEASES),
                Serdes.String(), JsonSerde.of(Lease.class)));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.WATCHERS),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(Stores.FILE_PARTS),
                Serdes.String(), JsonSerde.of(FileParts.Written.class)));
        globalView(builder, topics.jobErrors(), Stores.ERRORS);
        globalView(builder, topics.jobLogs(), Stores.LOGS);
        globalView(builder, topics.fileMeta(), Stores.FILE_META);
        globalView(builder, topics.workbooks(), Stores.WORKBOOKS);
    }

    /** The newest value of each key of {@code topic}, on every instance. */
    private static void globalView(StreamsBuilder builder, String topic, String store) {
        builder.globalTable(topic, Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(store)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));
    }

    private static String idFor(byte[] body) {
        String derived = body == null ? null : RequestDecoder.idFor(null, body);
        return derived != null ? derived : JobIds.fresh(Instant.now());
    }

    private static List<CoordinatorInput> notice(byte[] value) {
        try {
            return List.of(new CoordinatorInput.Notice(Json.read(value, Notice.class)));
        } catch (RuntimeException e) {
            LOG.error("dropping a notice that is not valid: {}", e.getMessage());
            return List.of();
        }
    }

    private static List<CoordinatorInput> report(byte[] value) {
        try {
            return List.of(new CoordinatorInput.Report(Json.read(value, TaskReport.class)));
        } catch (RuntimeException e) {
            LOG.warn("dropping a task report that is not valid: {}", e.getMessage());
            return List.of();
        }
    }
}
