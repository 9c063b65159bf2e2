package dev.sluice.deploy.local;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.JobsApi;
import dev.sluice.deploy.testing.FakeCoordinatorApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DemoImportTest {

    @Test
    void anExtractThatFailsEndsTheImportWithItsResultAndNoExport() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi()
                .submitting(new JobsApi.Submission(anApiJob().id("job_1").build(), JobsApi.Outcome.CREATED))
                .answering(anApiJob().id("job_1").status("failed").error("not CSV at byte 12").build())
                .withResult(Json.MAPPER.createObjectNode().put("jobId", "job_1").put("status", "failed"));
        StringWriter out = new StringWriter();

        DemoImport demo = new DemoImport(api, URI.create("http://localhost:8080"), null, new PrintWriter(out),
                Clock.systemUTC());

        boolean completed = demo.run(new DemoCsv(10));

        assertThat(completed).isFalse();
        assertThat(api.uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.name()).isEqualTo("customers.csv");
            assertThat(upload.bytes()).isEqualTo(new DemoCsv(10).open().readAllBytes());
        });
        assertThat(api.submitted()).extracting(job -> job.path("operation").asText()).containsExactly("extract");
        assertThat(api.submitted().get(0).path("source").asText()).isEqualTo("file_1");
        assertThat(out.toString()).contains("(not CSV at byte 12)")
                .endsWith("Extract result: {\"jobId\":\"job_1\",\"status\":\"failed\"}" + System.lineSeparator());
    }
}
