package dev.sluice.common.testing;

import static dev.sluice.common.testing.Jobs.aSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Priority;
import dev.sluice.common.job.Resources;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.RequestParser;
import org.junit.jupiter.api.Test;

class JobsTest {

    @Test
    void defaultSpecIsASyntheticCustomJobWithTheEngineDefaults() {
        JobSpec spec = aSpec().build();

        assertThat(spec.type()).isEqualTo(JobType.CUSTOM);
        assertThat(spec.operation()).isEqualTo("synthetic");
        assertThat(spec.config()).containsEntry("records", 100);
        assertThat(spec.execution()).isEqualTo(Execution.defaults());
    }

    @Test
    void builtSpecEqualsWhatTheParserMakesOfItsRequestBody() throws Exception {
        Jobs.SpecBuilder builder = aSpec().withType(JobType.WORKBOOK).withOperation("export").withRecords(5_000_000_000L)
                .withBatchSize(50).withParallelBatches(2).withBatchTimeoutMs(1_000).withTimeoutMs(60_000)
                .withRetryAttempts(3).withPriority(Priority.HIGH).withResources("500m", "2Gi")
                .withConfig("format", "json").withIdempotencyKey("key-1");

        JobSpec parsed = RequestParser.parse(Json.tree(builder.requestJson().getBytes()), Jobs.T0);

        assertThat(parsed).isEqualTo(builder.build());
        assertThat(parsed.execution().resources()).isEqualTo(new Resources(500, 2L << 30));
    }
}
