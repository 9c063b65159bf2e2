package dev.sluice.deploy.console;

import static dev.sluice.deploy.testing.ApiJobs.CREATED;
import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.deploy.client.JobSnapshot;
import org.junit.jupiter.api.Test;

class JobDescriptionTest {

    @Test
    void aRunningJobShowsItsKeyFieldsAligned() {
        JobSnapshot job = JobSnapshot.of(anApiJob().build());

        assertThat(JobDescription.lines(job)).containsExactly(
                "job        job_1",
                "type       custom / synthetic",
                "status     running",
                "progress   40%, 80,000 of 200,000 records, 16 of 40 batches",
                "errors     0",
                "pool       default",
                "priority   normal",
                "created    2030-01-01T00:00:00Z",
                "started    2030-01-01T00:00:00.500Z");
    }

    @Test
    void aFailedJobShowsItsErrorEndAndDuration() {
        JobSnapshot job = JobSnapshot.of(anApiJob().status("failed").error("boom")
                .completedAt(CREATED.plusSeconds(3)).build());

        assertThat(JobDescription.lines(job)).contains(
                "error      boom",
                "completed  2030-01-01T00:00:03Z",
                "duration   2.5s");
    }

    @Test
    void whatBlocksAJobIsShownOnlyWhileItIsNotFinished() {
        JobSnapshot waiting = JobSnapshot.of(anApiJob().status("queued").blockedBy("no live worker").build());

        assertThat(JobDescription.lines(waiting)).contains("blocked by no live worker");
    }
}
