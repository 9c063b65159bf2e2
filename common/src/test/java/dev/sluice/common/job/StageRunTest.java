package dev.sluice.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageRunTest {

    @Test
    void aStagesOutputMayHoldNullsAsAHandlersResultDoes() {
        Map<String, Object> output = new HashMap<>();
        output.put("virus", null);
        output.put("scanned", true);
        StageRun run = new StageRun("job_1-0-check", JobStatus.COMPLETED, output, "file_1");
        assertThat(run.output()).containsEntry("virus", null).containsEntry("scanned", true);
    }
}
