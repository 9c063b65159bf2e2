package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests produced to the requests topic by any Kafka client, good and bad. */
class TopicIntakeIT {

    private static final String BODY = "{\"type\":\"custom\",\"operation\":\"synthetic\","
            + "\"config\":{\"records\":777,\"batchSize\":100},\"options\":{\"priority\":\"high\"}}";
    @RegisterExtension
    static final SharedCluster shared = new SharedCluster(3, 1);

    @Test
    void aRequestFromTheTopicGivesTheSameJobAsOneFromHttp() throws Exception {
        Topic.produce(shared.cluster().bootstrap, shared.cluster().topics.jobRequests(), "job-from-topic-1", BODY);
        JsonNode fromHttp = shared.api().create(BODY);

        JsonNode viaTopic = shared.api().awaitStatus("job-from-topic-1", "completed", Duration.ofSeconds(60));
        JsonNode viaHttp = shared.api().awaitStatus(fromHttp.get("id").asText(), "completed", Duration.ofSeconds(60));
        for (String field : List.of("type", "operation", "config", "options", "priority", "pool", "recordsProcessed", "errorCount")) {
            assertThat(viaTopic.get(field)).as(field).isEqualTo(viaHttp.get(field));
        }
        assertThat(viaTopic.get("recordsProcessed").asLong()).isEqualTo(777);
    }

    @Test
    void malformedRequestsAreDeadLetteredAndRejectedAndLaterOnesStillBecomeJobs() throws Exception {
        String topic = shared.cluster().topics.jobRequests();
        Topic.produce(shared.cluster().bootstrap, topic, "bad-not-json", "this is not json");
        Topic.produce(shared.cluster().bootstrap, topic, "bad-type", "{\"type\":\"spaceship\",\"operation\":\"x\"}");
        Topic.produce(shared.cluster().bootstrap, topic, "bad-missing", "{\"type\":\"custom\"}");
        Topic.produce(shared.cluster().bootstrap, topic, "good-after-bad", "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":3}}");

        shared.api().awaitStatus("good-after-bad", "completed", Duration.ofSeconds(60));
        List<ConsumerRecord<String, byte[]>> dead = Topic.readUntil(shared.cluster().bootstrap, shared.cluster().topics.jobRequestsDlq(),
                Duration.ofSeconds(30), seen -> seen.size() >= 3);
        assertThat(dead).extracting(ConsumerRecord::key).contains("bad-not-json", "bad-type", "bad-missing");
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader("sluice.reason").value(), StandardCharsets.UTF_8))
                .anySatisfy(reason -> assertThat(reason).contains("not valid JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("spaceship"))
                .anySatisfy(reason -> assertThat(reason).contains("is required"));

        List<ConsumerRecord<String, byte[]>> events = Topic.readUntil(shared.cluster().bootstrap, shared.cluster().topics.jobEvents(),
                Duration.ofSeconds(30), seen -> rejected(seen).size() >= 3);
        assertThat(rejected(events)).extracting(e -> e.path("data").path("field").asText(null))
                .contains("type", "operation");
    }

    @Test
    void theSameIdempotencyKeyOnTheTopicAndOverHttpGivesOneJob() throws Exception {
        String body = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":9},\"idempotencyKey\":\"upstream-42\"}";
        Topic.produce(shared.cluster().bootstrap, shared.cluster().topics.jobRequests(), null, body);
        Topic.produce(shared.cluster().bootstrap, shared.cluster().topics.jobRequests(), null, body);
        Api.Response http = shared.api().post("/api/v1/jobs", body);
        assertThat(http.status()).isIn(200, 201);
        String id = http.body().get("id").asText();
        shared.api().awaitStatus(id, "completed", Duration.ofSeconds(60));

        List<ConsumerRecord<String, byte[]>> events = Topic.readUntil(shared.cluster().bootstrap, shared.cluster().topics.jobEvents(),
                Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> isEvent(r, id, "job:completed")));
        assertThat(events.stream().filter(r -> isEvent(r, id, "job:created"))).hasSize(1);
        assertThat(events.stream().filter(r -> Json.tree(r.value()).path("job").path("idempotencyKey").asText("").equals("upstream-42"))
                .map(r -> Json.tree(r.value()).get("jobId").asText()).distinct()).containsExactly(id);
    }

    private static boolean isEvent(ConsumerRecord<String, byte[]> record, String jobId, String type) {
        JsonNode event = Json.tree(record.value());
        return jobId.equals(event.path("jobId").asText()) && type.equals(event.path("type").asText());
    }

    private static List<JsonNode> rejected(List<ConsumerRecord<String, byte[]>> events) {
        return events.stream().map(r -> Json.tree(r.value()))
                .filter(e -> e.path("type").asText().equals("job:rejected")).toList();
    }
}
