package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job guide's pipeline and dependency examples on the embedded broker with two workers. The
 * stages the guide names that Sluice does not have yet (validate-records, apply-business-rules,
 * enrich) run as synthetic stand-ins.
 */
class PipelineIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(3, 2);

    private static final Duration WITHIN = Duration.ofSeconds(120);

    private static String upload(SampleCsv csv) {
        Api.Response response = CLUSTER.api().postBytes("/api/v1/files?name=customers.csv", "text/csv", csv.bytes);
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static String standIn(String name, String dependsOn, String extra) {
        return "{\"name\":\"" + name + "\",\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":100"
                + extra + "},\"dependsOn\":[" + dependsOn + "]}";
    }

    private static JsonNode finished(String id) {
        return CLUSTER.api().awaitJob(id, WITHIN, job -> job.get("status").asText().matches("completed|failed|canceled"));
    }

    private static List<JsonNode> stages(String pipelineId) {
        List<JsonNode> out = new ArrayList<>();
        CLUSTER.api().get("/api/v1/jobs?parentId=" + pipelineId + "&limit=100").body().get("items").forEach(out::add);
        return out;
    }

    @Test
    void theGuidesFourStagePipelineExtractsValidatesTransformsAndExports() throws Exception {
        SampleCsv csv = new SampleCsv(3_000);
        String fileId = upload(csv);
        String id = CLUSTER.api().create("{\"type\":\"pipeline\",\"operation\":\"customer-import-pipeline\",\"source\":\""
                + fileId + "\",\"config\":{\"stages\":["
                + "{\"name\":\"extract\",\"type\":\"file\",\"operation\":\"extract\",\"config\":{\"delimiter\":\",\"}},"
                + standIn("validate", "\"extract\"", "") + "," + standIn("transform", "\"validate\"", "") + ","
                + "{\"name\":\"export\",\"type\":\"workbook\",\"operation\":\"export\",\"config\":{\"format\":\"json\"},"
                + "\"dependsOn\":[\"transform\"]}]},"
                + "\"options\":{\"failureStrategy\":\"stop-on-error\",\"parallelism\":2,\"timeout\":1800000}}").get("id").asText();

        JsonNode pipeline = finished(id);
        assertThat(pipeline.get("status").asText()).isEqualTo("completed");
        assertThat(pipeline.get("progress").asInt()).isEqualTo(100);
        assertThat(pipeline.get("stages").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("extract", "validate", "transform", "export");
        List<JsonNode> children = stages(id);
        assertThat(children).hasSize(4).allSatisfy(stage -> {
            assertThat(stage.get("parentId").asText()).isEqualTo(id);
            assertThat(stage.get("status").asText()).isEqualTo("completed");
        });
        JsonNode extract = CLUSTER.api().job(pipeline.at("/stages/extract/jobId").asText());
        JsonNode export = CLUSTER.api().job(pipeline.at("/stages/export/jobId").asText());
        assertThat(export.get("source").asText()).as("the workbook extract wrote, through the stand-ins")
                .isEqualTo(extract.at("/output/workbookId").asText());
        assertThat(Instant.parse(export.get("startedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(CLUSTER.api().job(pipeline.at("/stages/transform/jobId").asText())
                        .get("completedAt").asText()));
        JsonNode exported = Json.tree(ExtractExportIT.download(CLUSTER.api(), export));
        assertThat(exported.size()).isEqualTo(3_000);
        assertThat(exported.get(2_999).get("id").asText()).isEqualTo(csv.rows.get(2_999).get(0));
    }

    @Test
    void theGuidesFanInRunsTwoJobsOnOneExtractThenAnExportAfterBoth() throws Exception {
        String fileId = upload(new SampleCsv(1_000));
        JsonNode extract = CLUSTER.api().create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"" + fileId + "\"}");
        String workbookId = extract.at("/output/workbookId").asText();
        String validation = CLUSTER.api().create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"source\":\""
                + workbookId + "\",\"config\":{\"records\":100,\"workMicros\":2000},\"options\":{\"dependencies\":[\""
                + extract.get("id").asText() + "\"]}}").get("id").asText();
        String enrichment = CLUSTER.api().create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"source\":\""
                + workbookId + "\",\"config\":{\"records\":100},\"options\":{\"dependencies\":[\""
                + extract.get("id").asText() + "\"]}}").get("id").asText();
        JsonNode finalExport = CLUSTER.api().create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + workbookId + "\",\"config\":{\"format\":\"json\"},\"options\":{\"dependencies\":[\"" + validation
                + "\",\"" + enrichment + "\"]}}");
        assertThat(finalExport.get("status").asText()).isEqualTo("waiting");
        assertThat(finalExport.get("waitingFor")).extracting(JsonNode::asText).containsExactly(validation, enrichment);

        JsonNode done = finished(finalExport.get("id").asText());
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(1_000);
        Instant started = Instant.parse(done.get("startedAt").asText());
        for (String dependency : List.of(validation, enrichment)) {
            assertThat(started).isAfterOrEqualTo(Instant.parse(CLUSTER.api().job(dependency).get("completedAt").asText()));
        }
        assertThat(Json.tree(ExtractExportIT.download(CLUSTER.api(), done)).size()).isEqualTo(1_000);
    }

    @Test
    void aJobWhoseDependencyFailsIsCanceledNamingItAndAnUnknownOneIsA400() {
        String failing = CLUSTER.api().create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10,"
                + "\"transientFailRate\":1}}").get("id").asText();
        String dependant = CLUSTER.api().create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10},"
                + "\"options\":{\"dependencies\":[\"" + failing + "\"]}}").get("id").asText();

        JsonNode canceled = finished(dependant);
        assertThat(canceled.get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.get("error").asText()).contains("dependency " + failing + " ended failed");
        assertThat(canceled.get("recordsProcessed").asLong()).isZero();

        Api.Response unknown = CLUSTER.api().post("/api/v1/jobs", "{\"type\":\"custom\",\"operation\":\"synthetic\","
                + "\"config\":{\"records\":1},\"options\":{\"dependencies\":[\"job_missing\"]}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/field").asText()).isEqualTo("options.dependencies");
    }

    @Test
    void stopOnErrorFailsThePipelineAtTheFirstFailedStage() {
        JsonNode pipeline = runPipeline("stop-on-error");
        assertThat(pipeline.get("status").asText()).isEqualTo("failed");
        assertThat(pipeline.get("error").asText()).contains("stage 'flaky' failed").contains("stop-on-error");
        assertThat(pipeline.get("stages").has("after")).as("never started").isFalse();
    }

    @Test
    void continueRunsTheIndependentStagesAndFailsListingTheFailedOne() {
        JsonNode pipeline = runPipeline("continue");
        assertThat(pipeline.get("status").asText()).isEqualTo("failed");
        assertThat(pipeline.get("error").asText()).contains("stages failed: [flaky]").contains("[after]");
        assertThat(pipeline.at("/stages/solid/status").asText()).isEqualTo("completed");
        assertThat(pipeline.get("recordsProcessed").asLong()).isEqualTo(100);
    }

    @Test
    void retryRunsTheFailedStageAgainAndThePipelineCompletes() {
        JsonNode pipeline = runPipeline("retry");
        assertThat(pipeline.get("status").asText()).isEqualTo("completed");
        assertThat(pipeline.at("/stages/flaky/jobId").asText()).endsWith("-retry-1");
        assertThat(pipeline.get("recordsProcessed").asLong()).isEqualTo(300);
    }

    /** Three stages: {@code flaky} fails its first attempt, {@code after} depends on it, {@code solid} stands alone. */
    private static JsonNode runPipeline(String strategy) {
        String id = CLUSTER.api().create("{\"type\":\"pipeline\",\"operation\":\"p\",\"config\":{\"stages\":["
                + standIn("flaky", "", ",\"transientFailRate\":1") + "," + standIn("after", "\"flaky\"", "") + ","
                + standIn("solid", "", ",\"workMicros\":20000") + "]},\"options\":{\"failureStrategy\":\"" + strategy
                + "\",\"parallelism\":2}}").get("id").asText();
        return finished(id);
    }
}
