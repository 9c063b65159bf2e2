package dev.sluice.coordinator.streams;

import static dev.sluice.coordinator.streams.TopologyHarness.lastJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Priority;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a handler's outcome makes of its job: the error code it asks for, and the facts it adds to the result. */
class HandlerOutcomeTopologyTest extends TopologyTestBase {

    private static final String ONE_BATCH = "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":1,"
            + "\"retryAttempts\":2}}";

    @Test
    void aFailureWithACodeFailsTheJobWithThatCodeAtOnce() {
        h.request("job-1", ONE_BATCH);
        Task task = h.tasks(Priority.NORMAL).get(0);
        h.report(new TaskReport.Failed(task.jobId(), task.batch(), task.attempt(), "w1", h.now(),
                "content is json, not one of csv", false, false, "invalid_input"));

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo("invalid_input");
        assertThat(job.get("error").asText()).isEqualTo("batch 0 of stage synthetic failed on worker w1: content is "
                + "json, not one of csv (it cannot succeed on a retry, so it was not retried)");
        assertThat(job.get("batchRetries").asInt()).isZero();
    }

    @Test
    void theResultABatchReportsJoinsTheJobsOutputAndTheRestOfItsOutputDoesNot() {
        h.request("job-1", ONE_BATCH);
        Task task = h.tasks(Priority.NORMAL).get(0);
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("detectedType", "csv");
        verdict.put("virus", null);
        h.report(new TaskReport.Done(task.jobId(), task.batch(), task.attempt(), "w1", h.now(), 0, 0, 1,
                Map.of("result", verdict, "rows", 7)));

        JsonNode job = lastJob(h.events());
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(job.get("output").toString()).isEqualTo("{\"detectedType\":\"csv\",\"virus\":null}");
        assertThat(h.state("job-1").batches().plan().outputs()).isEqualTo(verdict);
    }
}
