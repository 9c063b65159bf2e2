package dev.sluice.deploy.cli;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.ApiException;
import dev.sluice.deploy.client.JobsApi;
import dev.sluice.deploy.testing.FakeJobsApi;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCommandsTest {

    @TempDir
    Path dir;

    @Test
    void submitSendsTheFileAndPrintsTheCreatedJobsIdAndStatus() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{\"type\":\"custom\",\"operation\":\"synthetic\"}");
        FakeJobsApi api = new FakeJobsApi().submitting(new JobsApi.Submission(
                anApiJob().id("job_7").status("queued").build(), JobsApi.Outcome.CREATED));

        CliRun.Result run = CliRun.run(api, "submit", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("created job job_7 (queued)" + System.lineSeparator());
        assertThat(api.submitted()).containsExactly(Json.tree("{\"type\":\"custom\",\"operation\":\"synthetic\"}".getBytes()));
    }

    @Test
    void submitQuietlyPrintsOnlyTheId() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{}");
        FakeJobsApi api = new FakeJobsApi().submitting(new JobsApi.Submission(
                anApiJob().id("job_7").build(), JobsApi.Outcome.EXISTING));

        assertThat(CliRun.run(api, "submit", "-q", file.toString()).out()).isEqualTo("job_7" + System.lineSeparator());
    }

    @Test
    void submitOfAFileThatIsNotThereFailsWithOneLine() {
        CliRun.Result run = CliRun.run(new FakeJobsApi(), "submit", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: cannot read " + dir.resolve("nope.json") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void anApiErrorIsOneLineWithoutAStackTrace() {
        FakeJobsApi api = new FakeJobsApi().answering(new ApiException(404, "not_found", "job job_9 does not exist", null));

        CliRun.Result run = CliRun.run(api, "status", "job_9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: job job_9 does not exist" + System.lineSeparator());
    }

    @Test
    void statusShowsTheKeyFieldsReadably() {
        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().build()), "status", "job_1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("status     running", "progress   40%, 80,000 of 200,000 records");
    }

    @Test
    void statusWithJsonPrintsTheJobAsTheApiReturnsIt() {
        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().build()), "status", "--json", "job_1");

        assertThat(Json.text(Json.tree(run.out().getBytes()))).isEqualTo(Json.text(anApiJob().build()));
    }

    @Test
    void watchExitsZeroWhenTheJobCompleted() {
        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().status("completed").build()), "watch", "job_1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("completed ");
    }

    @Test
    void watchExitsOneWhenTheJobFailed() {
        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().status("failed").error("boom").build()),
                "watch", "job_1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("(boom)");
    }

    @Test
    void cancelAsksTheCoordinatorAndSaysWhereTheJobIs() {
        FakeJobsApi api = new FakeJobsApi().answering(anApiJob().status("canceled").build());

        CliRun.Result run = CliRun.run(api, "cancel", "job_1");

        assertThat(api.canceled()).containsExactly("job_1");
        assertThat(run.out()).isEqualTo("job job_1 is canceled" + System.lineSeparator());
    }

    @Test
    void resultPrintsTheResultAsJson() {
        FakeJobsApi api = new FakeJobsApi().withResult(Json.MAPPER.createObjectNode().put("recordCount", 200_000));

        CliRun.Result run = CliRun.run(api, "result", "job_1");

        assertThat(Json.tree(run.out().getBytes()).path("recordCount").asLong()).isEqualTo(200_000);
    }

    @Test
    void apiChoosesTheCoordinator() {
        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().build()),
                "status", "--api", "http://sluice.internal:9000", "job_1");

        assertThat(run.connectedTo()).containsExactly(URI.create("http://sluice.internal:9000"));
    }

    @Test
    void theApiIsLocalhostWhenNeitherTheOptionNorTheVariableSaysOtherwise() {
        assumeTrue(System.getenv("SLUICE_API") == null, "SLUICE_API is set in this environment");

        CliRun.Result run = CliRun.run(new FakeJobsApi().answering(anApiJob().build()), "status", "job_1");

        assertThat(run.connectedTo()).containsExactly(URI.create("http://localhost:8080"));
    }

    @Test
    void anApiThatIsNotAnHttpUrlIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeJobsApi(), "status", "--api", "localhost:8080", "job_1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: --api must be an http(s) URL").hasLineCount(1);
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLineThatPointsAtHelp() {
        CliRun.Result run = CliRun.run(new FakeJobsApi(), "status", "--jsn", "job_1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--jsn'").contains("(see 'sluice status --help')")
                .hasLineCount(1);
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeJobsApi(), "submit");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'").hasLineCount(1);
    }

    @Test
    void withoutACommandTheUsageIsShown() {
        CliRun.Result run = CliRun.run(new FakeJobsApi());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: sluice", "demo", "worker", "submit", "watch");
    }
}
