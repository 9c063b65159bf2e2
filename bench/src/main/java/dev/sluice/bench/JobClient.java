package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** Creates synthetic jobs through the coordinator's HTTP API, as a user does. Thread-safe. */
final class JobClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI jobs;

    JobClient(int port) {
        this.jobs = URI.create("http://127.0.0.1:" + port + "/api/v1/jobs");
    }

    /** The request body of a synthetic job. */
    static String synthetic(long records, int workMicros, int batchSize, int parallelBatches) {
        return String.format(Locale.ROOT, "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":%d,"
                + "\"workMicros\":%d,\"batchSize\":%d,\"parallelBatches\":%d}}", records, workMicros, batchSize, parallelBatches);
    }

    /** Posts {@code body} and returns the new job's id; throws unless the API answers 201. */
    String create(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(jobs).header("content-type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new IOException("POST /api/v1/jobs answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode job = Json.tree(response.body());
        return job.get("id").asText();
    }
}
