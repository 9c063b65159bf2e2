package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobReducer;
import dev.sluice.common.job.JobState;
import dev.sluice.common.json.EventCodec;
import dev.sluice.common.json.JobJson;
import dev.sluice.common.json.Json;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a listener, a dashboard and a replay see of a job. */
class ObservabilityIT {

    private static final String JOB = "{\"type\":\"custom\",\"operation\":\"synthetic\","
            + "\"config\":{\"records\":5000,\"batchSize\":500,\"parallelBatches\":2,\"workMicros\":200}}";
    @RegisterExtension
    static final SharedCluster shared = new SharedCluster(2, 1);

    @Test
    void serverSentEventsStreamEveryStateChangeOfAJobLive() throws Exception {
        String id = "sse-job-1";
        List<String> names = new CopyOnWriteArrayList<>();
        List<JsonNode> jobs = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(shared.api().base() + "/api/v1/events?jobId=" + id))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readSse(stream.body(), names, jobs));
        await(() -> !names.isEmpty() || stream.statusCode() == 200);

        Topic.produce(shared.cluster().bootstrap, shared.cluster().topics.jobRequests(), id, JOB);
        reading.get(60, TimeUnit.SECONDS);

        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(names).startsWith("job:created", "job:queued").contains("job:started", "job:updated")
                .endsWith("job:completed");
        assertThat(jobs.get(jobs.size() - 1).get("recordsProcessed").asLong()).isEqualTo(5000);
        assertThat(jobs).extracting(j -> j.get("progress").asInt()).isSorted();
    }

    @Test
    void replayingTheEventTopicThroughTheReducerGivesTheJobTheApiShows() throws Exception {
        String id = shared.api().create(JOB).get("id").asText();
        JsonNode shown = shared.api().awaitStatus(id, "completed", Duration.ofSeconds(60));

        List<ConsumerRecord<String, byte[]>> records = Topic.readUntil(shared.cluster().bootstrap, shared.cluster().topics.jobEvents(),
                Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> isCompleted(r, id)));
        JobState folded = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            JobEvent event = EventCodec.decode(Json.tree(record.value()));
            if (event != null && event.jobId().equals(id)) {
                folded = JobReducer.apply(folded, event);
            }
        }
        assertThat(folded).isNotNull();
        assertThat(Json.text(JobJson.of(folded))).isEqualTo(Json.text(shown));
    }

    @Test
    void metricsCountJobsRecordsAndBacklog() throws Exception {
        String id = shared.api().create(JOB).get("id").asText();
        shared.api().awaitStatus(id, "completed", Duration.ofSeconds(60));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = text(shared.api().base() + "/metrics");
            assertThat(metrics).contains("sluice_records_processed_total{operation=\"synthetic\",type=\"custom\"}")
                    .contains("sluice_job_events_total{event=\"job:completed\",operation=\"synthetic\",type=\"custom\"}")
                    .contains("sluice_tasks_backlog{pool=\"default\",priority=\"low\"}")
                    .contains("sluice_job_duration_seconds_count{operation=\"synthetic\",status=\"completed\",type=\"custom\"}");
        });
        assertThat(text(shared.api().base() + "/health/ready")).isEqualTo("ready");
    }

    private static boolean isCompleted(ConsumerRecord<String, byte[]> record, String id) {
        JsonNode event = Json.tree(record.value());
        return id.equals(event.path("jobId").asText()) && "job:completed".equals(event.path("type").asText());
    }

    private static void readSse(InputStream body, List<String> names, List<JsonNode> jobs) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("event:")) {
                    names.add(line.substring(6).trim());
                } else if (line.startsWith("data:")) {
                    jobs.add(Json.tree(line.substring(5).trim().getBytes(StandardCharsets.UTF_8)).get("job"));
                    if ("job:completed".equals(names.get(names.size() - 1))) {
                        return;
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(condition);
    }
}
