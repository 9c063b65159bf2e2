package dev.sluice.coordinator.streams;

import static dev.sluice.coordinator.streams.TopologyHarness.lastJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.Priority;
import dev.sluice.common.task.Task;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs that wait for jobs, and pipelines of stages, on the topology: notices between jobs loop back through it. */
class DependencyPipelineTopologyTest extends TopologyTestBase {




    private static String synthetic(long records, String options) {
        return "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":" + records + "},\"options\":{"
                + options + "}}";
    }

    private static String stage(String name, String dependsOn) {
        return "{\"name\":\"" + name + "\",\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10}"
                + (dependsOn.isEmpty() ? "" : ",\"dependsOn\":[" + dependsOn + "]") + "}";
    }

    private static String pipeline(String options, String... stages) {
        return "{\"type\":\"pipeline\",\"operation\":\"import\",\"config\":{\"stages\":[" + String.join(",", stages)
                + "]},\"options\":{" + options + "}}";
    }

    private List<String> running() {
        return h.tasks(Priority.NORMAL).stream().map(Task::jobId).toList();
    }

    @Test
    void aChainRunsInOrderAndAFanInWaitsForBoth() {
        h.request("extract", synthetic(10, ""));
        h.request("validate", synthetic(10, "\"dependencies\":[\"extract\"]"));
        h.request("enrich", synthetic(10, "\"dependencies\":[\"extract\"]"));
        h.request("export", synthetic(10, "\"dependencies\":[\"validate\",\"enrich\"]"));
        assertThat(h.state("export").status()).isEqualTo(JobStatus.WAITING);
        assertThat(lastJob(h.events()).get("blockedBy").asText())
                .isEqualTo("waiting for jobs validate, enrich to complete");

        assertThat(h.completeAll(10)).extracting(Task::jobId).containsExactly("extract");
        List<Task> second = h.completeAll(10);
        assertThat(second).extracting(Task::jobId).containsExactlyInAnyOrder("validate", "enrich");
        assertThat(h.completeAll(10)).extracting(Task::jobId).containsExactly("export");
        assertThat(h.state("export").status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void aFailedDependencyCancelsItsDependantNamingIt() {
        h.request("extract", synthetic(10, ""));
        h.request("export", synthetic(10, "\"dependencies\":[\"extract\"]"));
        h.failed(h.tasks(Priority.NORMAL).get(0), "no such file", false);

        JobState export = h.state("export");
        assertThat(export.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(export.error()).contains("dependency extract ended failed").contains("no such file");
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
    }

    @Test
    void aDependencyThatEndedBeforeTheDependantWasCreatedIsHeardAtOnce() {
        h.request("extract", synthetic(10, ""));
        h.completeAll(10);
        h.request("export", synthetic(10, "\"dependencies\":[\"extract\"]"));

        assertThat(h.completeAll(10)).extracting(Task::jobId).containsExactly("export");
    }

    private static dev.sluice.common.record.Workbook workbook(String status) {
        return new dev.sluice.common.record.Workbook("wb_1", "people", status, "extract-1", java.time.Instant.EPOCH,
                List.of(new dev.sluice.common.record.Workbook.Sheet("sh_1", "people", List.of("name"), 1,
                        List.of(new dev.sluice.common.record.Segment(0, 0, 0, 0, 1)))));
    }

    @Test
    void aJobWhoseWorkbookIsStillBeingWrittenWaitsForItAndStartsOnceItIsReady() {
        h.workerUp("w1", "default", "synthetic", "export");
        h.workbook(workbook("extracting"));
        h.request("export", "{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\"wb_1\"}");

        JobState waiting = h.state("export");
        assertThat(waiting.status()).isEqualTo(JobStatus.WAITING);
        assertThat(waiting.blockedBy()).startsWith("waiting for its input: source: workbook wb_1 is extracting");
        h.workbook(workbook("ready"));
        pass(Duration.ofMillis(500), Duration.ofMillis(250));

        assertThat(h.tasks(Priority.NORMAL)).extracting(Task::jobId).containsExactly("export");
    }

    @Test
    void aJobWhoseInputIsNeverReadyFailsAfterTheGraceSayingWhy() {
        h.workerUp("w1", "default", "synthetic", "export");
        h.workbook(workbook("extracting"));
        h.request("export", "{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\"wb_1\"}");
        pass(Duration.ofSeconds(29), Duration.ofSeconds(1));
        assertThat(h.state("export").status()).isEqualTo(JobStatus.WAITING);
        pass(Duration.ofSeconds(2), Duration.ofSeconds(1));

        JobState failed = h.state("export");
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("invalid_input");
        assertThat(failed.error()).contains("workbook wb_1 is extracting");
    }

    @Test
    void anUnknownDependencyIsRejectedNamingTheField() {
        h.request("export", synthetic(10, "\"dependencies\":[\"nope\"]"));

        JsonNode rejected = h.events().stream().filter(e -> e.get("type").asText().equals("job:rejected")).findFirst()
                .orElseThrow();
        assertThat(rejected.get("data").get("field").asText()).isEqualTo("options.dependencies");
        assertThat(rejected.get("data").get("reason").asText()).contains("no job 'nope'");
        assertThat(h.state("export")).isNull();
    }

    @Test
    void aPipelineRunsItsStagesInOrderAtMostParallelismAtOnce() {
        h.request("p1", pipeline("\"parallelism\":2", stage("extract", ""), stage("validate", "\"extract\""),
                stage("enrich", "\"extract\""), stage("lookup", "\"extract\""),
                stage("export", "\"validate\",\"enrich\",\"lookup\"")));

        assertThat(running()).containsExactly("p1-0-extract");
        assertThat(h.state("p1").status()).isEqualTo(JobStatus.RUNNING);
        assertThat(h.events().stream().filter(e -> e.get("jobId").asText().equals("p1")).reduce((a, z) -> z)
                .orElseThrow().get("job").get("currentStage").get("name").asText()).isEqualTo("extract");
        h.done(taskOf("p1-0-extract"), 10, 0);

        List<String> wave = running();
        assertThat(wave).containsExactly("p1-1-validate", "p1-2-enrich");
        h.done(taskOf("p1-1-validate"), 10, 1);
        assertThat(running()).containsExactly("p1-3-lookup");
        h.done(taskOf("p1-2-enrich"), 10, 0);
        h.done(taskOf("p1-3-lookup"), 10, 0);
        assertThat(running()).containsExactly("p1-4-export");
        assertThat(h.state("p1").progress()).isEqualTo(80);
        h.done(taskOf("p1-4-export"), 10, 0);

        JobState done = h.state("p1");
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.recordsProcessed()).isEqualTo(50);
        assertThat(done.errorCount()).isEqualTo(1);
        assertThat(h.state("p1-4-export").parentId()).isEqualTo("p1");
    }

    private final java.util.Map<String, Task> seen = new java.util.HashMap<>();

    /** The task of a single-batch job, from those sent so far (tasks are read once, so they are kept). */
    private Task taskOf(String jobId) {
        h.tasks(Priority.NORMAL).forEach(t -> seen.put(t.jobId(), t));
        return seen.computeIfAbsent(jobId, id -> new Task(id, "synthetic", null, null, 0, 0, 0, 10, 1, h.now(), null));
    }

    @Test
    void stopOnErrorFailsThePipelineAndRunsNothingMore() {
        h.request("p1", pipeline("\"failureStrategy\":\"stop-on-error\"", stage("a", ""), stage("b", "\"a\""),
                stage("c", "")));
        List<Task> first = h.tasks(Priority.NORMAL);
        assertThat(first).extracting(Task::jobId).containsExactly("p1-0-a", "p1-2-c");
        h.failed(first.get(0), "bad rows", false);

        JobState p1 = h.state("p1");
        assertThat(p1.status()).isEqualTo(JobStatus.FAILED);
        assertThat(p1.error()).contains("stage 'a' failed").contains("bad rows").contains("[c] were canceled");
        assertThat(h.state("p1-2-c").status()).isEqualTo(JobStatus.CANCELED);
        assertThat(h.state("p1-1-b")).as("never started").isNull();
    }

    @Test
    void continueRunsWhatDoesNotDependOnTheFailedStageAndFailsListingIt() {
        h.request("p1", pipeline("\"failureStrategy\":\"continue\",\"parallelism\":1", stage("a", ""),
                stage("b", "\"a\""), stage("c", "")));
        h.failed(taskOf("p1-0-a"), "bad rows", false);
        h.done(taskOf("p1-2-c"), 10, 0);

        JobState p1 = h.state("p1");
        assertThat(p1.status()).isEqualTo(JobStatus.FAILED);
        assertThat(p1.error()).contains("stages failed: [a]").contains("not run because they depend on them: [b]");
        assertThat(h.state("p1-2-c").status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(h.state("p1-1-b")).isNull();
    }

    @Test
    void retryRetriesAFailedStageBeforeGivingUp() {
        h.request("p1", pipeline("\"failureStrategy\":\"retry\",\"retryAttempts\":1", stage("a", ""),
                stage("b", "\"a\"")));
        h.failed(taskOf("p1-0-a"), "flaky", false);
        assertThat(h.state("p1").stages().get("a").jobId()).isEqualTo("p1-0-a-retry-1");
        h.done(taskOf("p1-0-a-retry-1"), 10, 0);
        h.done(taskOf("p1-1-b"), 10, 0);

        assertThat(h.state("p1").status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(h.state("p1-0-a-retry-1").parentId()).isEqualTo("p1-0-a");
    }

    @Test
    void aPipelinePastItsTimeoutFailsAndCancelsItsRunningStages() {
        h.request("p1", pipeline("\"timeout\":5000", stage("a", "")));
        h.started(taskOf("p1-0-a"), "w1");
        for (int i = 0; i < 24; i++) {
            h.advance(Duration.ofMillis(250));
            h.heartbeat("w1");
        }

        assertThat(h.state("p1").status()).isEqualTo(JobStatus.FAILED);
        assertThat(h.state("p1").error()).contains("pipeline timed out").contains("[a] were canceled");
        assertThat(h.state("p1-0-a").status()).isEqualTo(JobStatus.CANCELED);
    }

    @Test
    void aStageReadsWhatTheStageBeforeItWroteOrThePipelinesSource() {
        h.request("p1", "{\"type\":\"pipeline\",\"operation\":\"import\",\"source\":\"file_1\",\"config\":{\"stages\":["
                + stage("a", "") + "," + stage("b", "\"a\"") + "]}}");
        assertThat(h.state("p1-0-a").spec().source()).isEqualTo("file_1");
        h.done(taskOf("p1-0-a"), 10, 0);

        assertThat(h.state("p1-1-b").spec().source()).as("a wrote nothing, so b reads what a read").isEqualTo("file_1");
    }
}
