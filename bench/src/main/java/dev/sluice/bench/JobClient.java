package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/** Creates jobs through the coordinator's HTTP API, as a user does, and reads them back. Thread-safe. */
final class JobClient {

    private static final Set<String> TERMINAL = Set.of("completed", "failed", "canceled");
    private static final long POLL_MS = 100;

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
        return created(jobs, body);
    }

    /** Posts a schema to {@code /api/v1/workbooks} and returns the new workbook's id. */
    String createWorkbook(String body) throws IOException, InterruptedException {
        return created(jobs.resolve("workbooks"), body);
    }

    private String created(URI uri, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("content-type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 201) {
            throw new IOException("POST " + uri.getPath() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return Json.tree(response.body()).get("id").asText();
    }

    /** The job as {@code GET /api/v1/jobs/ID} shows it. */
    JsonNode job(String id) throws IOException, InterruptedException {
        return get(id);
    }

    /** A finished job's result, as {@code GET /api/v1/jobs/ID/result} shows it: counts, and an export's {@code fileUrl}. */
    JsonNode result(String id) throws IOException, InterruptedException {
        return get(id + "/result");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(jobs + "/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri.getPath() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return Json.tree(response.body());
    }

    /**
     * Reads the job every {@value #POLL_MS} ms until it has finished and returns it; throws if it
     * did not complete, or not within {@code timeout}.
     */
    JsonNode awaitCompleted(String id, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode job = job(id);
        while (!TERMINAL.contains(job.path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("job " + id + " is still " + job.path("status").asText() + " after " + timeout
                        + ": " + job.path("recordsProcessed").asLong() + " records processed");
            }
            Thread.sleep(POLL_MS);
            job = job(id);
        }
        if (!"completed".equals(job.path("status").asText())) {
            throw new IllegalStateException("job " + id + " ended " + job.path("status").asText() + ": " + job.path("error"));
        }
        return job;
    }
}
