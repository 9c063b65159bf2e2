package dev.sluice.deploy.client;

import static dev.sluice.deploy.testing.ApiJobs.CREATED;
import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.json.Json;
import org.junit.jupiter.api.Test;

class JobSnapshotTest {

    @Test
    void readsTheFieldsTheCliShowsFromTheApiJson() {
        JobSnapshot job = JobSnapshot.of(anApiJob().errors(3).completedAt(CREATED.plusSeconds(2)).build());

        assertThat(job.id()).isEqualTo("job_1");
        assertThat(job.type()).isEqualTo("custom");
        assertThat(job.operation()).isEqualTo("synthetic");
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.progress()).isEqualTo(40);
        assertThat(job.recordsProcessed()).isEqualTo(80_000);
        assertThat(job.totalRecords()).isEqualTo(200_000);
        assertThat(job.batchesDone()).isEqualTo(16);
        assertThat(job.batchesTotal()).isEqualTo(40);
        assertThat(job.errorCount()).isEqualTo(3);
        assertThat(job.pool()).isEqualTo("default");
        assertThat(job.createdAt()).isEqualTo(CREATED);
        assertThat(job.completedAt()).isEqualTo(CREATED.plusSeconds(2));
        assertThat(job.durationMs()).isEqualTo(1_500);
    }

    @Test
    void missingFieldsBecomeUnknownRatherThanFailing() {
        JobSnapshot job = JobSnapshot.of(Json.MAPPER.createObjectNode().put("id", "j").put("status", "accepted"));

        assertThat(job.totalRecords()).isEqualTo(-1);
        assertThat(job.batchesTotal()).isEqualTo(-1);
        assertThat(job.durationMs()).isEqualTo(-1);
        assertThat(job.error()).isNull();
        assertThat(job.createdAt()).isNull();
        assertThat(job.knownStatus()).isEmpty();
        assertThat(job.terminal()).isFalse();
    }

    @Test
    void completedFailedAndCanceledAreTerminalAndOnlyCompletedIsSuccess() {
        assertThat(status("completed").terminal()).isTrue();
        assertThat(status("completed").completed()).isTrue();
        assertThat(status("failed").terminal()).isTrue();
        assertThat(status("failed").completed()).isFalse();
        assertThat(status("canceled").terminal()).isTrue();
        assertThat(status("running").terminal()).isFalse();
        assertThat(status("queued").terminal()).isFalse();
    }

    private static JobSnapshot status(String status) {
        return JobSnapshot.of(anApiJob().status(status).build());
    }
}
