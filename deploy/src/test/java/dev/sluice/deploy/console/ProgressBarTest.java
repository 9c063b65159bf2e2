package dev.sluice.deploy.console;

import static dev.sluice.deploy.testing.ApiJobs.CREATED;
import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.deploy.client.JobSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ProgressBar bar = new ProgressBar(10);

    @Test
    void aRunningJobShowsItsStatusBarPercentTimeRecordsAndBatches() {
        JobSnapshot job = JobSnapshot.of(anApiJob().status("running").progress(40, 80_000, 16).build());

        assertThat(bar.render(job, Duration.ofMillis(1_950)))
                .isEqualTo("running   [####......]  40%  1.9s  80,000/200,000 records  16/40 batches");
    }

    @Test
    void theBarIsEmptyAtZeroAndFullAtAHundred() {
        JobSnapshot none = JobSnapshot.of(anApiJob().status("queued").progress(0, 0, 0).build());
        JobSnapshot all = JobSnapshot.of(anApiJob().status("completed").progress(100, 200_000, 40).build());

        assertThat(bar.render(none, Duration.ZERO)).startsWith("queued    [..........]   0%");
        assertThat(bar.render(all, Duration.ZERO)).startsWith("completed [##########] 100%");
    }

    @Test
    void progressOutsideZeroToHundredIsClamped() {
        JobSnapshot over = JobSnapshot.of(anApiJob().progress(130, 1, 1).build());
        JobSnapshot under = JobSnapshot.of(anApiJob().progress(-5, 1, 1).build());

        assertThat(bar.render(over, Duration.ZERO)).contains("[##########] 100%");
        assertThat(bar.render(under, Duration.ZERO)).contains("[..........]   0%");
    }

    @Test
    void aJobWithoutAKnownTotalShowsTheRecordsItProcessed() {
        JobSnapshot job = JobSnapshot.of(anApiJob().unknownTotal().progress(50, 1, 20).build());

        assertThat(bar.render(job, Duration.ZERO)).contains("  1 record  ").doesNotContain("/200,000");
    }

    @Test
    void errorsAreCountedWhenThereAreAny() {
        JobSnapshot clean = JobSnapshot.of(anApiJob().build());
        JobSnapshot dirty = JobSnapshot.of(anApiJob().errors(1_234).build());

        assertThat(bar.render(clean, Duration.ZERO)).doesNotContain("error");
        assertThat(bar.render(dirty, Duration.ZERO)).endsWith("16/40 batches  1,234 errors");
    }

    @Test
    void aFailedJobSaysWhy() {
        JobSnapshot job = JobSnapshot.of(anApiJob().status("failed").error("batch 3 failed: boom").build());

        assertThat(bar.render(job, Duration.ZERO)).endsWith("(batch 3 failed: boom)");
    }

    @Test
    void aQueuedJobSaysWhatItWaitsFor() {
        JobSnapshot job = JobSnapshot.of(anApiJob().status("queued").progress(0, 0, 0)
                .blockedBy("no live worker in pool gpu").build());

        assertThat(bar.render(job, Duration.ZERO)).endsWith("(no live worker in pool gpu)");
    }

    @Test
    void elapsedTimeCountsFromCreationToNowWhileTheJobRuns() {
        JobSnapshot job = JobSnapshot.of(anApiJob().build());

        assertThat(ProgressBar.elapsed(job, CREATED.plusSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void elapsedTimeStopsAtCompletion() {
        JobSnapshot job = JobSnapshot.of(anApiJob().status("completed").completedAt(CREATED.plusSeconds(5)).build());

        assertThat(ProgressBar.elapsed(job, CREATED.plusSeconds(60))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void elapsedTimeIsNeverNegativeWhenClocksDisagree() {
        JobSnapshot job = JobSnapshot.of(anApiJob().build());

        assertThat(ProgressBar.elapsed(job, CREATED.minusSeconds(2))).isEqualTo(Duration.ZERO);
    }

    @Test
    void aBarNeedsRoomForAtLeastOneCharacter() {
        assertThatThrownBy(() -> new ProgressBar(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width");
    }
}
