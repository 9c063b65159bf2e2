package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The reading end of {@code GET /api/v1/events}: once the response arrives, a daemon thread reads
 * the stream and hands the {@code job} of each event to the consumer. Any failure just ends the
 * subscription, which then reports itself not {@link #live()}; callers poll instead.
 */
final class SseSubscription implements EventSubscription {

    private final String jobId;
    private final Consumer<JsonNode> onJob;
    private InputStream stream; // guarded by this
    private boolean live;       // guarded by this
    private boolean closed;     // guarded by this

    SseSubscription(String jobId, Consumer<JsonNode> onJob) {
        this.jobId = jobId;
        this.onJob = onJob;
    }

    /** Called by the HTTP client when the response headers have arrived, or the request failed. */
    void connected(HttpResponse<InputStream> response, Throwable failure) {
        if (failure != null) {
            return;
        }
        synchronized (this) {
            if (closed || response.statusCode() != 200) {
                closeQuietly(response.body());
                return;
            }
            stream = response.body();
            live = true;
        }
        Thread reader = new Thread(() -> read(response.body()), "sluice-events-" + jobId);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public synchronized boolean live() {
        return live;
    }

    @Override
    public void close() {
        InputStream toClose;
        synchronized (this) {
            closed = true;
            live = false;
            toClose = stream;
        }
        closeQuietly(toClose);
    }

    private void read(InputStream body) {
        SseParser parser = new SseParser();
        try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                parser.line(line).ifPresent(this::deliver);
            }
        } catch (IOException e) {
            // The stream ended, by close() or by the server; the watcher falls back to polling.
        } finally {
            synchronized (this) {
                live = false;
            }
        }
    }

    private void deliver(SseParser.Event event) {
        try {
            JsonNode job = Json.tree(event.data().getBytes(StandardCharsets.UTF_8)).path("job");
            if (job.isObject()) {
                onJob.accept(job);
            }
        } catch (MalformedJsonException e) {
            // An event this reader cannot use; the next poll or event brings the job's state.
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // Closing only ends the subscription; nothing depends on it succeeding.
        }
    }
}
