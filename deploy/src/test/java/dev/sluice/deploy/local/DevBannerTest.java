package dev.sluice.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevBannerTest {

    @Test
    void showsWhereTheApiMetricsAndKafkaAre() {
        assertThat(DevBanner.lines(URI.create("http://localhost:8080"), "127.0.0.1:9092", Path.of("/tmp/s"), true, 2))
                .contains("  API      http://localhost:8080/api/v1/jobs",
                        "  Metrics  http://localhost:8080/metrics",
                        "  Kafka    127.0.0.1:9092",
                        "  Data     /tmp/s (deleted at exit; keep it with --data-dir)",
                        "  ./sluice watch JOB_ID");
    }

    @Test
    void theSampleCurlPostsTheSampleJob() {
        assertThat(String.join("\n", DevBanner.lines(URI.create("http://localhost:8080"), "k:1", Path.of("/d"), false, 2)))
                .contains("curl -s -X POST http://localhost:8080/api/v1/jobs -H 'Content-Type: application/json'")
                .contains("\"operation\":\"synthetic\"", "\"records\":200000", "\"parallelBatches\":4");
    }

    @Test
    void onAnotherPortTheWatchHintNamesTheApi() {
        assertThat(DevBanner.lines(URI.create("http://localhost:18080"), "k:1", Path.of("/d"), false, 2))
                .contains("  ./sluice watch --api http://localhost:18080 JOB_ID")
                .contains("  Data     /d");
    }
}
