package dev.sluice.deploy.cli;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.ApiException;
import dev.sluice.deploy.client.JobsApi;
import dev.sluice.deploy.testing.FakeCoordinatorApi;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCommandsTest {

    @TempDir
    Path dir;

    @Test
    void submitSendsTheFileAndPrintsTheCreatedJobsIdAndStatus() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{\"type\":\"custom\",\"operation\":\"synthetic\"}");
        FakeCoordinatorApi api = new FakeCoordinatorApi().submitting(new JobsApi.Submission(
                anApiJob().id("job_7").status("queued").build(), JobsApi.Outcome.CREATED));

        CliRun.Result run = CliRun.run(api, "submit", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("created job job_7 (queued)" + System.lineSeparator());
        assertThat(api.submitted()).containsExactly(Json.tree("{\"type\":\"custom\",\"operation\":\"synthetic\"}".getBytes()));
    }

    @Test
    void submitQuietlyPrintsOnlyTheId() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{}");
        FakeCoordinatorApi api = new FakeCoordinatorApi().submitting(new JobsApi.Submission(
                anApiJob().id("job_7").build(), JobsApi.Outcome.EXISTING));

        assertThat(CliRun.run(api, "submit", "-q", file.toString()).out()).isEqualTo("job_7" + System.lineSeparator());
    }

    @Test
    void submitOfAFileThatIsNotThereFailsWithOneLine() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "submit", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: cannot read " + dir.resolve("nope.json") + ": no such file"
                + System.lineSeparator());
    }

    @Test
    void anApiErrorIsOneLineWithoutAStackTrace() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(new ApiException(404, "not_found", "job job_9 does not exist", null));

        CliRun.Result run = CliRun.run(api, "status", "job_9");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: job job_9 does not exist" + System.lineSeparator());
    }

    @Test
    void statusShowsTheKeyFieldsReadably() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().build()), "status", "job_1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("status     running", "progress   40%, 80,000 of 200,000 records");
    }

    @Test
    void statusWithJsonPrintsTheJobAsTheApiReturnsIt() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().build()), "status", "--json", "job_1");

        assertThat(Json.text(Json.tree(run.out().getBytes()))).isEqualTo(Json.text(anApiJob().build()));
    }

    @Test
    void watchExitsZeroWhenTheJobCompleted() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().status("completed").build()), "watch", "job_1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("completed ");
    }

    @Test
    void watchExitsOneWhenTheJobFailed() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().status("failed").error("boom").build()),
                "watch", "job_1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("(boom)");
    }

    @Test
    void cancelAsksTheCoordinatorAndSaysWhereTheJobIs() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(anApiJob().status("canceled").build());

        CliRun.Result run = CliRun.run(api, "cancel", "job_1");

        assertThat(api.canceled()).containsExactly("job_1");
        assertThat(run.out()).isEqualTo("job job_1 is canceled" + System.lineSeparator());
    }

    @Test
    void retryAsksTheCoordinatorAndNamesTheNewJob() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(anApiJob().id("job_1-retry-1").status("queued").build());

        CliRun.Result run = CliRun.run(api, "retry", "job_1");

        assertThat(api.retried()).containsExactly("job_1");
        assertThat(run.out()).startsWith("retrying job job_1 as job_1-retry-1 (queued)");
    }

    @Test
    void resultPrintsTheResultAsJson() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().withResult(Json.MAPPER.createObjectNode().put("recordCount", 200_000));

        CliRun.Result run = CliRun.run(api, "result", "job_1");

        assertThat(Json.tree(run.out().getBytes()).path("recordCount").asLong()).isEqualTo(200_000);
    }

    @Test
    void uploadSendsTheFileUnderItsOwnNameAndPrintsOnlyTheNewId() throws IOException {
        Path file = Files.writeString(dir.resolve("people.csv"), "id\n1\n");
        FakeCoordinatorApi api = new FakeCoordinatorApi();

        CliRun.Result run = CliRun.run(api, "upload", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("file_1" + System.lineSeparator());
        assertThat(api.uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.name()).isEqualTo("people.csv");
            assertThat(upload.bytes()).isEqualTo("id\n1\n".getBytes());
        });
    }

    @Test
    void uploadWithANameStoresTheFileUnderThatName() throws IOException {
        Path file = Files.writeString(dir.resolve("export-2030-01-01.tmp"), "id\n");
        FakeCoordinatorApi api = new FakeCoordinatorApi();

        CliRun.run(api, "upload", file.toString(), "--name", "customers.csv");

        assertThat(api.uploads()).extracting(FakeCoordinatorApi.Upload::name).containsExactly("customers.csv");
    }

    @Test
    void uploadOfAFileThatIsNotThereFailsWithOneLineAndSendsNothing() {
        FakeCoordinatorApi api = new FakeCoordinatorApi();

        CliRun.Result run = CliRun.run(api, "upload", dir.resolve("nope.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: cannot read " + dir.resolve("nope.csv") + ": no such file" + System.lineSeparator());
        assertThat(api.uploads()).isEmpty();
    }

    @Test
    void uploadOfADirectoryIsRefused() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "upload", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: cannot upload " + dir + ": it is a directory" + System.lineSeparator());
    }

    @Test
    void uploadFromStandardInputNeedsAName() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "upload", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: --name is required when the file is read from standard input").hasLineCount(1);
    }

    @Test
    void recordsPrintsEachRecordAsOneLineOfJson() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().withRecordPages(page(null, record(0, "Zoë\nO'Brien"), record(1, "Smith, John")));

        CliRun.Result run = CliRun.run(api, "records", "sh_1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Json.text(record(0, "Zoë\nO'Brien")) + System.lineSeparator()
                + Json.text(record(1, "Smith, John")) + System.lineSeparator());
        assertThat(api.recordRequests()).containsExactly("sh_1 100 null");
    }

    @Test
    void recordsFollowsTheCursorAndStopsAtTheLimit() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().withRecordPages(
                page("c1", record(0, "a"), record(1, "b")), page("c2", record(2, "c"), record(3, "d")));

        CliRun.Result run = CliRun.run(api, "records", "sh_1", "--limit", "3");

        assertThat(run.out().lines()).hasSize(3);
        assertThat(api.recordRequests()).containsExactly("sh_1 3 null", "sh_1 1 c1");
    }

    @Test
    void recordsAsksForPagesNoLargerThanTheCoordinatorAllows() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().withRecordPages(page(null, record(0, "a")));

        CliRun.run(api, "records", "sh_1", "--limit", "5000");

        assertThat(api.recordRequests()).containsExactly("sh_1 1000 null");
    }

    @Test
    void recordsStopsAtAnEmptyPageEvenWithACursor() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().withRecordPages(page("c1"), page("c2", record(0, "never")));

        CliRun.Result run = CliRun.run(api, "records", "sh_1");

        assertThat(run.out()).isEmpty();
        assertThat(api.recordRequests()).hasSize(1);
    }

    @Test
    void recordsWithALimitBelowOneIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "records", "sh_1", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: --limit must be at least 1, got 0").hasLineCount(1);
    }

    @Test
    void apiChoosesTheCoordinator() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().build()),
                "status", "--api", "http://sluice.internal:9000", "job_1");

        assertThat(run.connectedTo()).containsExactly(URI.create("http://sluice.internal:9000"));
    }

    @Test
    void theApiIsLocalhostWhenNeitherTheOptionNorTheVariableSaysOtherwise() {
        assumeTrue(System.getenv("SLUICE_API") == null, "SLUICE_API is set in this environment");

        CliRun.Result run = CliRun.run(new FakeCoordinatorApi().answering(anApiJob().build()), "status", "job_1");

        assertThat(run.connectedTo()).containsExactly(URI.create("http://localhost:8080"));
    }

    @Test
    void anApiThatIsNotAnHttpUrlIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "status", "--api", "localhost:8080", "job_1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sluice: --api must be an http(s) URL").hasLineCount(1);
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLineThatPointsAtHelp() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "status", "--jsn", "job_1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--jsn'").contains("(see 'sluice status --help')")
                .hasLineCount(1);
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "submit");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'").hasLineCount(1);
    }

    @Test
    void withoutACommandTheUsageIsShown() {
        CliRun.Result run = CliRun.run(new FakeCoordinatorApi());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: sluice", "demo", "worker", "submit", "watch");
    }

    private static ObjectNode record(long row, String name) {
        ObjectNode record = Json.MAPPER.createObjectNode().put("id", "rec_" + row).put("row", row);
        record.putObject("values").put("name", name);
        record.put("valid", true).putArray("messages");
        return record;
    }

    private static ObjectNode page(String nextCursor, ObjectNode... records) {
        ObjectNode page = Json.MAPPER.createObjectNode();
        page.putArray("items").addAll(List.of(records));
        return page.put("nextCursor", nextCursor);
    }
}
