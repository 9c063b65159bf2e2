package dev.sluice.coordinator.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Priority;
import dev.sluice.common.json.Json;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.common.task.WorkerHeartbeat;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.CoordinatorSettings;
import dev.sluice.coordinator.intake.RequestDecoder;
import dev.sluice.coordinator.plan.Planners;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The coordinator topology on a TopologyTestDriver, with helpers to talk to it as workers and producers do. */
final class TopologyHarness implements AutoCloseable {

    final Topics topics = Topics.defaults();
    final TopologyTestDriver driver;
    final Instant start = Instant.parse("2026-01-01T00:00:00Z");
    private final TestInputTopic<String, byte[]> requests;
    private final TestInputTopic<String, byte[]> results;
    private final TestInputTopic<String, byte[]> workers;
    private final TestOutputTopic<String, byte[]> events;
    private final TestOutputTopic<String, byte[]> dlq;

    TopologyHarness(Path stateDir) {
        this(CoordinatorSettings.defaults("unused:9092", stateDir).withPartitions(1));
    }

    TopologyHarness(CoordinatorSettings settings) {
        Path stateDir = settings.stateDir();
        RequestDecoder decoder = new RequestDecoder(Planners.discover(getClass().getClassLoader()), settings.pools());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(CoordinatorTopology.build(settings, decoder), props, start);
        requests = driver.createInputTopic(topics.jobRequests(), new StringSerializer(), new ByteArraySerializer());
        results = driver.createInputTopic(topics.taskResults(), new StringSerializer(), new ByteArraySerializer());
        workers = driver.createInputTopic(topics.workers(), new StringSerializer(), new ByteArraySerializer());
        events = driver.createOutputTopic(topics.jobEvents(), new StringDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(topics.jobRequestsDlq(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    Instant now() {
        return start.plus(elapsed);
    }

    private Duration elapsed = Duration.ZERO;

    void advance(Duration by) {
        elapsed = elapsed.plus(by);
        driver.advanceWallClockTime(by);
    }

    /** Sends a heartbeat of {@code workerId} in the default pool, for the synthetic operation, stamped now. */
    void heartbeat(String workerId) {
        workerUp(workerId, "default", "synthetic");
    }

    void started(Task task, String workerId) {
        report(new TaskReport.Started(task.jobId(), task.batch(), task.attempt(), workerId, now()));
    }

    void timedOut(Task task) {
        report(new TaskReport.Failed(task.jobId(), task.batch(), task.attempt(), "w1", now(),
                "batch " + task.batch() + " timed out after " + task.timeoutMs() + " ms", true, true));
    }

    void done(Task task, String workerId, long records, long errors) {
        report(new TaskReport.Done(task.jobId(), task.batch(), task.attempt(), workerId, now(), records, errors, 1, null));
    }

    /** Publishes {@code workbook} on the workbooks topic, as the coordinator does for the job that writes it. */
    void workbook(dev.sluice.common.record.Workbook workbook) {
        driver.createInputTopic(topics.workbooks(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(workbook.id(), Json.bytes(workbook));
    }

    /** The job as the coordinator stores it now, or null. */
    dev.sluice.common.job.JobState state(String id) {
        return driver.<String, dev.sluice.common.job.JobState>getKeyValueStore(Stores.JOBS).get(id);
    }

    /** Completes every task sent since the last call, as worker w1, each with {@code records} records. */
    List<Task> completeAll(long records) {
        List<Task> sent = tasks(Priority.NORMAL);
        for (Task task : sent) {
            done(task, records, 0);
        }
        return sent;
    }

    /** The job as the newest of {@code events} shows it, or null when there are none. */
    static JsonNode lastJob(List<JsonNode> events) {
        return events.isEmpty() ? null : events.get(events.size() - 1).get("job");
    }

    void workerUp(String workerId, String pool, String... operations) {
        workers.pipeInput(workerId, Json.bytes(new WorkerHeartbeat(workerId, pool, Set.of(operations), 2, 0, now(), false)));
    }

    void request(String key, String json) {
        requests.pipeInput(key, json.getBytes(StandardCharsets.UTF_8));
    }

    void report(TaskReport report) {
        results.pipeInput(report.jobId(), Json.bytes(report));
    }

    void done(Task task, long records, long errors) {
        done(task, "w1", records, errors);
    }

    void failed(Task task, String error, boolean retryable) {
        report(new TaskReport.Failed(task.jobId(), task.batch(), task.attempt(), "w1", now(), error, retryable));
    }

    /** Events sent since the last call, as envelopes. */
    List<JsonNode> events() {
        List<JsonNode> out = new ArrayList<>();
        for (TestRecord<String, byte[]> record : events.readRecordsToList()) {
            out.add(Json.tree(record.value()));
        }
        return out;
    }

    List<TestRecord<String, byte[]>> deadLetters() {
        return dlq.readRecordsToList();
    }

    /** Tasks sent since the last call to the default pool's topic of {@code priority}. */
    List<Task> tasks(Priority priority) {
        return tasks("default", priority);
    }

    List<Task> tasks(String pool, Priority priority) {
        TestOutputTopic<String, byte[]> topic = driver.createOutputTopic(topics.tasks(pool, priority),
                new StringDeserializer(), new ByteArrayDeserializer());
        return topic.readValuesToList().stream().map(v -> Json.read(v, Task.class)).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
