package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delayed and recurring jobs through the API, and coordinator restarts in the middle of a schedule and a pipeline. */
class SchedulingIT {

    private Cluster cluster;

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    private Api started() throws Exception {
        cluster = Cluster.start(2);
        cluster.startWorker();
        return cluster.api();
    }

    @Test
    void aDelayedJobIsScheduledAndRunsAtItsTime() throws Exception {
        Api api = started();
        Instant at = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        JsonNode job = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10},"
                + "\"options\":{\"schedule\":\"" + at + "\"}}");
        assertThat(job.get("status").asText()).isEqualTo("scheduled");
        assertThat(job.get("scheduledFor").asText()).isEqualTo(at.toString());
        assertThat(job.get("blockedBy").asText()).isEqualTo("scheduled for " + at);

        JsonNode done = api.awaitStatus(job.get("id").asText(), "completed", Duration.ofSeconds(60));
        assertThat(Instant.parse(done.get("startedAt").asText())).isAfterOrEqualTo(at);

        Api.Response past = api.post("/api/v1/jobs", "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":1},"
                + "\"options\":{\"schedule\":\"2020-01-01T00:00:00Z\"}}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().at("/error/field").asText()).isEqualTo("options.schedule");
    }

    @Test
    void aRecurringScheduleIsListedPreviewedPausedAndSurvivesACoordinatorRestartThenRunsAndIsDeleted()
            throws Exception {
        Api api = started();
        String id = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10},"
                + "\"options\":{\"schedule\":\"* * * * *\",\"recurring\":true,\"timezone\":\"America/New_York\"}}")
                .get("id").asText();

        JsonNode listed = api.get("/api/v1/schedules").body().get("items");
        assertThat(listed).extracting(s -> s.get("id").asText()).containsExactly(id);
        JsonNode preview = api.get("/api/v1/schedules/" + id + "/preview?count=3").body();
        assertThat(preview.get("firings")).hasSize(3);
        Instant first = Instant.parse(preview.at("/firings/0/at").asText());
        assertThat(Instant.parse(preview.at("/firings/1/at").asText())).isEqualTo(first.plusSeconds(60));
        assertThat(preview.at("/firings/0/wallTime").asText()).contains("America/New_York");
        assertThat(api.get("/api/v1/schedules/" + id + "/preview?count=0").status()).isEqualTo(400);

        assertThat(api.post("/api/v1/schedules/" + id + "/pause", "").body().at("/schedule/paused").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/schedules/" + id + "/resume", "").body().at("/schedule/paused").asBoolean()).isFalse();
        String nextRunAt = api.job(id).at("/schedule/nextRunAt").asText();

        cluster.stopCoordinator();
        cluster.restartCoordinatorFromKafkaOnly();
        Api after = cluster.api();
        assertThat(after.job(id).at("/schedule/nextRunAt").asText()).isEqualTo(nextRunAt);

        after.awaitJob(id, Duration.ofSeconds(90), s -> s.at("/schedule/runs").asInt() >= 1);
        JsonNode[] found = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !(found[0] = after.get("/api/v1/jobs?parentId=" + id).body().get("items")).isEmpty());
        JsonNode runs = found[0];
        String run = runs.get(0).get("id").asText();
        assertThat(run).startsWith(id + "-run-");
        assertThat(after.awaitStatus(run, "completed", Duration.ofSeconds(60)).get("recordsProcessed").asLong()).isEqualTo(10);

        assertThat(after.delete("/api/v1/schedules/" + id).body().get("status").asText()).isEqualTo("canceled");
        assertThat(after.get("/api/v1/schedules/" + id).status()).isEqualTo(404);
        assertThat(after.get("/api/v1/schedules").body().get("items")).isEmpty();
    }

    @Test
    void aCoordinatorRestartedMidPipelineRestoresItAndTheRestOfTheStagesRun() throws Exception {
        Api api = started();
        String stage = "\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":1000,\"workMicros\":2000,"
                + "\"batchSize\":100,\"parallelBatches\":1}";
        String id = api.create("{\"type\":\"pipeline\",\"operation\":\"p\",\"config\":{\"stages\":[{\"name\":\"first\","
                + stage + "},{\"name\":\"second\"," + stage + ",\"dependsOn\":[\"first\"]}]}}").get("id").asText();
        // Progress moves while the first stage runs: each stage weighs half, counted by its own progress.
        JsonNode midway = api.awaitJob(id, Duration.ofSeconds(60), job -> job.path("currentStage").path("name").asText()
                .equals("first") && job.path("progress").asInt() > 0);
        assertThat(midway.get("progress").asInt()).isLessThan(50);

        cluster.stopCoordinator();
        cluster.restartCoordinatorFromKafkaOnly();
        Api after = cluster.api();

        JsonNode done = after.awaitStatus(id, "completed", Duration.ofSeconds(120));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(2000);
        assertThat(done.at("/stages/second/status").asText()).isEqualTo("completed");
    }
}
