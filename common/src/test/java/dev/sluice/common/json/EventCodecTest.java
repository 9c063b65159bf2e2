package dev.sluice.common.json;

import static dev.sluice.common.testing.JobEvents.fold;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Priority;
import dev.sluice.common.testing.JobEvents;
import dev.sluice.common.testing.Jobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final JobEvents on = JobEvents.forJob("job-1");

    /** Every variant, with the awkward values: nulls, nested config, maps keyed by batch, sub-second times. */
    private final List<JobEvent> events = List.of(
            new JobEvent.Created("job-1", Instant.parse("2030-01-01T00:00:00.123456789Z"),
                    Jobs.aSpec().withType(JobType.WORKBOOK).withOperation("export").withPriority(Priority.HIGH)
                            .withResources("500m", "2Gi").withBatchSize(50).withIdempotencyKey("key-1")
                            .withConfig("transformations", List.of(Map.of("field", "name", "op", "titleCase")))
                            .build(),
                    "gpu", "parent-1"),
            on.created(),
            on.queued(3),
            on.blocked("no worker in pool default"),
            on.blocked(null),
            on.dispatched(Map.of(0, 0, 1, 2)),
            on.started(),
            on.batchDone(0, 0, 10, 2),
            on.batchFailed(1, 2, 3),
            on.batchFailed(1, 3, null),
            on.completed(),
            on.failed("disk full"),
            on.canceled("by user"),
            new JobEvent.Scheduled("job-1", Instant.parse("2030-01-01T00:00:01Z"), Instant.parse("2030-01-02T02:00:00Z")),
            new JobEvent.Waiting("job-1", Instant.parse("2030-01-01T00:00:01Z"), List.of("job-a", "job-b")),
            new JobEvent.DependencyMet("job-1", Instant.parse("2030-01-01T00:00:02Z"), "job-a"),
            new JobEvent.Fired("job-1", Instant.parse("2030-01-01T00:00:02Z"), Instant.parse("2030-01-01T00:00:00Z"),
                    "job-1-run-1893456000", Instant.parse("2030-01-02T00:00:00Z")),
            new JobEvent.Fired("job-1", Instant.parse("2030-01-01T00:00:02Z"), Instant.parse("2030-01-01T00:00:02Z"),
                    null, null),
            new JobEvent.Paused("job-1", Instant.parse("2030-01-01T00:00:03Z"), true, Instant.parse("2030-01-02T00:00:00Z")),
            new JobEvent.StageStarted("job-1", Instant.parse("2030-01-01T00:00:04Z"), "extract", "job-1-0-extract", "file_1"),
            new JobEvent.StageEnded("job-1", Instant.parse("2030-01-01T00:00:05Z"), "extract", JobStatus.COMPLETED,
                    Map.of("workbookId", "wb_1"), null, 25, 100, 1));

    private static JsonNode encode(JobEvent event, JobState after) {
        return Json.tree(EventCodec.encode(event, after));
    }

    @Test
    void everyVariantDecodesBackToAnEqualEvent() {
        JobState anyState = fold(JobEvents.forJob("job-1").created());

        for (JobEvent event : events) {
            assertThat(EventCodec.decode(encode(event, anyState))).as(event.toString()).isEqualTo(event);
        }
    }

    @Test
    void theEventsAboveCoverEveryVariant() {
        assertThat(events.stream().map(JobEvent::getClass).distinct())
                .containsExactlyInAnyOrder(Arrays.stream(JobEvent.class.getPermittedSubclasses()).toArray(Class[]::new));
    }

    @Test
    void envelopeNamesTheSchemaTypeVariantJobAndTime() {
        JobEvent.BatchDone done = on.batchDone(0, 0, 10, 2);

        JsonNode envelope = encode(done, fold(on.created()));

        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("type").asText()).isEqualTo("job:updated");
        assertThat(envelope.get("event").asText()).isEqualTo("BatchDone");
        assertThat(envelope.get("jobId").asText()).isEqualTo("job-1");
        assertThat(envelope.get("at").asText()).isEqualTo(done.at().toString());
        assertThat(envelope.get("data").get("records").asLong()).isEqualTo(10);
    }

    @Test
    void typeIsThePublicWireNameOfEachVariant() {
        Map<String, String> expected = new java.util.HashMap<>(Map.of("Created", "job:created", "Queued", "job:queued",
                "Blocked", "job:updated", "Dispatched", "job:dispatched", "Started", "job:started",
                "BatchDone", "job:updated", "BatchFailed", "job:updated", "Completed", "job:completed",
                "Failed", "job:failed", "Canceled", "job:canceled"));
        expected.putAll(Map.of("Scheduled", "job:scheduled", "Waiting", "job:waiting", "DependencyMet", "job:updated",
                "Fired", "job:updated", "Paused", "job:updated", "StageStarted", "job:updated",
                "StageEnded", "job:updated"));
        JobState anyState = fold(JobEvents.forJob("job-1").created());

        for (JobEvent event : events) {
            String variant = event.getClass().getSimpleName();
            assertThat(encode(event, anyState).get("type").asText()).as(variant).isEqualTo(expected.get(variant));
        }
    }

    @Test
    void jobIsTheFlatApiViewOfTheStateAfterTheEvent() {
        JobEvents e = JobEvents.forJob("job-1");
        JobState running = fold(e.created(), e.queued(4), e.dispatched(0), e.started(), e.batchDone(0, 0, 10, 2));

        JsonNode job = encode(on.batchDone(0, 0, 10, 2), running).get("job");

        assertThat(job.get("id").asText()).isEqualTo("job-1");
        assertThat(job.get("type").asText()).isEqualTo("custom");
        assertThat(job.get("operation").asText()).isEqualTo("synthetic");
        assertThat(job.get("status").asText()).isEqualTo("running");
        assertThat(job.get("progress").asInt()).isEqualTo(25);
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(10);
        assertThat(job.get("errorCount").asLong()).isEqualTo(2);
        assertThat(job.get("config").get("records").asInt()).isEqualTo(100);
        assertThat(job.get("createdAt").asText()).isEqualTo(Jobs.T0.toString());
        assertThat(job.get("startedAt").asText()).isEqualTo(Jobs.T0.plusSeconds(3).toString());
        assertThat(job.get("completedAt").isNull()).isTrue();
        assertThat(job.get("duration").isNull()).isTrue();
        assertThat(job.get("batches").get("total").asInt()).isEqualTo(4);
    }

    @Test
    void completedJobCarriesItsDuration() {
        JobEvents e = JobEvents.forJob("job-1");
        List<JobEvent> history = new ArrayList<>(List.of(e.created(), e.queued(1), e.dispatched(0), e.started(),
                e.batchDone(0, 0, 10, 0)));
        JobEvent.Completed completed = e.after(Duration.ofMillis(250)).completed();
        history.add(completed);

        JsonNode job = encode(completed, fold(history)).get("job");

        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        assertThat(job.get("duration").isIntegralNumber()).isTrue();
        assertThat(job.get("duration").asLong()).isEqualTo(2250);
        assertThat(job.get("completedAt").asText()).isEqualTo(completed.at().toString());
    }

    @Test
    void rejectionCarriesFieldAndReasonAndDecodesToNoEvent() {
        byte[] bytes = EventCodec.rejected("job-9", Jobs.T0, "options.priority", "unknown priority 'urgent'", "{}");
        JsonNode envelope = Json.tree(bytes);

        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("type").asText()).isEqualTo("job:rejected");
        assertThat(envelope.get("jobId").asText()).isEqualTo("job-9");
        assertThat(envelope.get("data").get("field").asText()).isEqualTo("options.priority");
        assertThat(envelope.get("data").get("reason").asText()).isEqualTo("unknown priority 'urgent'");
        assertThat(envelope.get("data").get("request").asText()).isEqualTo("{}");
        assertThat(EventCodec.decode(envelope)).isNull();
    }
}
