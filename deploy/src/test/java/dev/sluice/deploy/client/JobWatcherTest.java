package dev.sluice.deploy.client;

import static dev.sluice.deploy.testing.ApiJobs.anApiJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.deploy.testing.FakeCoordinatorApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobWatcherTest {

    private static final Duration TICK = Duration.ofMillis(1);
    private static final Duration LONG = Duration.ofHours(1);

    private final List<JobSnapshot> seen = new ArrayList<>();

    @Test
    void withoutAnEventStreamItPollsUntilTheJobIsTerminal() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(
                anApiJob().status("queued").progress(0, 0, 0).build(),
                anApiJob().status("running").progress(50, 100_000, 20).build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        JobSnapshot end = watcher(api, LONG).watch("job_1", seen::add);

        assertThat(end.status()).isEqualTo("completed");
        assertThat(seen).extracting(JobSnapshot::status).containsExactly("queued", "running", "completed");
        assertThat(api.jobCalls()).isEqualTo(3);
    }

    @Test
    void withAnEventStreamItFollowsTheEventsInsteadOfPolling() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().connectEvents().answering(
                anApiJob().status("queued").progress(0, 0, 0).build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        JobSnapshot end = watcher(api, LONG).watch("job_1", job -> {
            seen.add(job);
            if (job.status().equals("queued")) {
                api.push(anApiJob().status("running").build());
            } else if (job.status().equals("running")) {
                api.push(anApiJob().status("completed").progress(100, 200_000, 40).build());
            }
        });

        assertThat(end.completed()).isTrue();
        assertThat(seen).extracting(JobSnapshot::status).containsSubsequence("queued", "running", "completed");
        assertThat(api.jobCalls()).as("the first read, and one that confirms the end").isEqualTo(2);
    }

    @Test
    void anEndSeenInAnEventIsReadBackSoThatTheResultCanBeReadNext() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().connectEvents().answering(
                anApiJob().status("running").build(),
                anApiJob().status("running").build(),
                anApiJob().status("running").build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        JobSnapshot end = watcher(api, LONG).watch("job_1", job -> {
            if (seen.isEmpty()) {
                api.push(anApiJob().status("completed").progress(100, 200_000, 40).build());
            }
            seen.add(job);
        });

        assertThat(end.completed()).isTrue();
        assertThat(api.jobCalls()).as("the first read, two that lag behind the event, and the one that shows it").isEqualTo(4);
    }

    @Test
    void anEndTheReadsDoNotShowWithinTheReadLagIsReturnedAsItWasPushed() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().connectEvents().answering(anApiJob().status("running").build());

        JobSnapshot end = watcher(api, Duration.ofMillis(20)).watch("job_1", job -> {
            if (seen.isEmpty()) {
                api.push(anApiJob().status("failed").error("boom").build());
            }
            seen.add(job);
        });

        assertThat(end.status()).isEqualTo("failed");
        assertThat(end.error()).isEqualTo("boom");
    }

    @Test
    void aReadThatLagsBehindAnEventDoesNotMoveTheProgressBack() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(
                anApiJob().progress(50, 100_000, 20).build(),
                anApiJob().progress(40, 80_000, 16).build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        watcher(api, LONG).watch("job_1", seen::add);

        assertThat(seen).extracting(JobSnapshot::recordsProcessed).isSorted();
    }

    @Test
    void aReadThatLagsBehindAnEventDoesNotMoveTheStatusBack() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(
                anApiJob().status("running").progress(10, 20_000, 4).build(),
                anApiJob().status("queued").progress(0, 0, 0).build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        JobSnapshot end = watcher(api, LONG).watch("job_1", seen::add);

        assertThat(end.completed()).isTrue();
        assertThat(seen).extracting(JobSnapshot::status).containsExactly("running", "running", "completed");
    }

    @Test
    void aReadMayShowAStatusFurtherOnThanTheNextOne() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(
                anApiJob().status("scheduled").progress(0, 0, 0).build(),
                anApiJob().status("running").build(),
                anApiJob().status("completed").progress(100, 200_000, 40).build());

        watcher(api, LONG).watch("job_1", seen::add);

        assertThat(seen).extracting(JobSnapshot::status).containsExactly("scheduled", "running", "completed");
    }

    @Test
    void aJobJustSubmittedMayBeUnknownForAMoment() throws Exception {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(notFound(), notFound(),
                anApiJob().status("completed").build());

        JobSnapshot end = watcher(api, LONG).watch("job_1", seen::add);

        assertThat(end.completed()).isTrue();
    }

    @Test
    void aJobThatStaysUnknownIsAnError() {
        FakeCoordinatorApi api = new FakeCoordinatorApi().answering(notFound());

        assertThatThrownBy(() -> watcher(api, Duration.ofMillis(20)).watch("job_1", seen::add))
                .isInstanceOf(ApiException.class).hasMessage("job job_1 does not exist");
    }

    private static JobWatcher watcher(FakeCoordinatorApi api, Duration readLag) {
        return new JobWatcher(api, TICK, LONG, readLag, Clock.systemUTC());
    }

    private static ApiException notFound() {
        return new ApiException(404, "not_found", "job job_1 does not exist", null);
    }
}
