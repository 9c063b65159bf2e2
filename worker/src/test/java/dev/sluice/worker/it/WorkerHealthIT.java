package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.TaskReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerHealthIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    @Test
    void aWorkerIsReadyOnceInItsGroupAndNotOnceItIsShuttingDown() throws Exception {
        var worker = bed.start(bed.settings().withHttpPort(0), new HandlerRegistry(List.of(new SleepingHandler())));
        int port = worker.port();

        await().atMost(WAIT).until(() -> status(port, "/health/ready") == 200);
        assertThat(status(port, "/health/live")).isEqualTo(200);
        assertThat(get(port, "/metrics").body()).contains("sluice_worker_concurrency{pool=\"default\"} 2.0");

        bed.send(NORMAL, List.of(Tasks.task("job-slow", 0, SleepingHandler.OPERATION,
                SleepingHandler.sleeping(2_000), 30_000)));
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Started.class).size() == 1);
        var stopped = worker.shutdown();

        assertThat(status(port, "/health/ready")).isEqualTo(503);
        assertThat(status(port, "/health/live")).as("still draining").isEqualTo(200);
        stopped.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> status(port, "/health/live")).isInstanceOf(IOException.class);
    }

    private int status(int port, String path) throws Exception {
        return get(port, path).statusCode();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
