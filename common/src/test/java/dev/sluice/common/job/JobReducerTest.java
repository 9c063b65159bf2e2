package dev.sluice.common.job;

import static dev.sluice.common.testing.JobEvents.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.sluice.common.testing.JobEvents;
import dev.sluice.common.testing.Jobs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobReducerTest {

    private JobEvents on;
    private final List<JobEvent> history = new ArrayList<>();

    @BeforeEach
    void newJob() {
        on = JobEvents.forJob("job-1");
    }

    /** Appends {@code events} to this test's history and returns the job after all of it. */
    private JobState after(JobEvent... events) {
        history.addAll(List.of(events));
        return fold(history);
    }

    /** A job of four batches with 0 and 1 in flight. */
    private JobState running() {
        return after(on.created(), on.queued(4), on.dispatched(0, 1), on.started());
    }

    @Test
    void createdJobHoldsItsSpecAndNothingElseYet() {
        JobState job = after(on.created());

        assertThat(job.id()).isEqualTo("job-1");
        assertThat(job.status()).isEqualTo(JobStatus.CREATED);
        assertThat(job.spec()).isEqualTo(Jobs.aSpec().build());
        assertThat(job.pool()).isEqualTo(JobEvents.POOL);
        assertThat(job.createdAt()).isEqualTo(Jobs.T0);
        assertThat(job.batches()).isNull();
        assertThat(job.duration()).isNull();
    }

    @Test
    void jobCannotBeCreatedTwice() {
        JobState job = after(on.created());

        assertThatThrownBy(() -> JobReducer.apply(job, on.created())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventOfAJobNeverCreatedIsRefused() {
        assertThatThrownBy(() -> JobReducer.apply(null, on.queued(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job-1");
    }

    @Test
    void createdJobMayBeQueuedWithItsPlan() {
        JobState job = after(on.created(), on.queued(4));

        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.batches()).isEqualTo(Batches.of(BatchPlan.ofRecords(40, 10)));
        assertThat(job.progress()).isZero();
    }

    @Test
    void dispatchPutsBatchesInFlightWithTheirAttempts() {
        JobState job = after(on.created(), on.queued(4), on.dispatched(0, 1));

        assertThat(job.batches().inFlight()).containsExactly(entry(0, 0), entry(1, 0));
        assertThat(job.batches().next()).isEqualTo(2);
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    }

    @Test
    void queuedJobMayStartRunningAndIsNoLongerBlocked() {
        after(on.created(), on.queued(4), on.blocked("no worker in pool default"), on.dispatched(0));
        var startedAt = on.now();
        JobState job = after(on.started());

        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.startedAt()).isEqualTo(startedAt);
        assertThat(job.blockedBy()).isNull();
    }

    @Test
    void blockedSetsTheReasonAndNullClearsIt() {
        assertThat(after(on.created(), on.blocked("no worker in pool gpu")).blockedBy()).isEqualTo("no worker in pool gpu");
        assertThat(after(on.blocked(null)).blockedBy()).isNull();
    }

    @Test
    void runningJobCannotStartAgain() {
        JobState job = running();

        assertThatThrownBy(() -> JobReducer.apply(job, on.started())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void finishedBatchAddsItsCountsAndProgress() {
        running();
        JobState job = after(on.batchDone(0, 0, 10, 2), on.batchDone(1, 0, 10, 1));

        assertThat(job.recordsProcessed()).isEqualTo(20);
        assertThat(job.errorCount()).isEqualTo(3);
        assertThat(job.progress()).isEqualTo(50);
        assertThat(job.batches().done()).isEqualTo(2);
        assertThat(job.batches().inFlight()).isEmpty();
    }

    @Test
    void resultOfABatchNeverDispatchedIsRefused() {
        JobState job = running();

        assertThatThrownBy(() -> JobReducer.apply(job, on.batchDone(3, 0, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch 3");
    }

    @Test
    void resultFoldedOnceIsRefusedTheSecondTime() {
        running();
        JobState job = after(on.batchDone(0, 0, 10, 0));

        assertThatThrownBy(() -> JobReducer.apply(job, on.batchDone(0, 0, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultOfAStaleAttemptIsRefused() {
        running();
        JobState job = after(on.batchFailed(0, 0, 1), on.dispatched(Map.of(0, 1)));

        assertThatThrownBy(() -> JobReducer.apply(job, on.batchDone(0, 0, 10, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt 0");
        assertThatThrownBy(() -> JobReducer.apply(job, on.batchFailed(0, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JobReducer.apply(job, on.batchDone(0, 1, 10, 0)).batches().done()).isEqualTo(1);
    }

    @Test
    void failedBatchWithARetryWaitsForItAndIsOfferedFirst() {
        running();
        JobState job = after(on.batchFailed(0, 0, 1));

        assertThat(job.batchRetries()).isEqualTo(1);
        assertThat(job.batches().inFlight()).containsOnlyKeys(1);
        assertThat(job.batches().retry()).containsExactly(entry(0, 1));
        assertThat(job.batches().dispatchable(2)).containsExactly(entry(0, 1));
        assertThat(job.recordsProcessed()).isZero();
    }

    @Test
    void failedBatchWithoutARetryCountsNoRetryAndIsNotSentAgain() {
        running();
        JobState job = after(on.batchFailed(0, 0, null));

        assertThat(job.batchRetries()).isZero();
        assertThat(job.batches().retry()).isEmpty();
        assertThat(job.batches().given()).containsExactly(entry(0, 0));
        assertThat(job.batches().unfinished()).containsExactly(entry(0, 1), entry(1, 1), entry(2, 0), entry(3, 0));
        assertThat(job.batches().dispatchable(2)).containsExactly(entry(2, 0));
    }

    @Test
    void completedJobIsAtFullProgressWithItsRunTime() {
        running();
        var startedAt = history.get(history.size() - 1).at();
        after(on.batchDone(0, 0, 10, 0));
        on.after(Duration.ofMillis(1500));
        var completedAt = on.now();
        JobState job = after(on.completed());

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.progress()).isEqualTo(100);
        assertThat(job.completedAt()).isEqualTo(completedAt);
        assertThat(job.duration()).isEqualTo(Duration.between(startedAt, completedAt).toMillis()).isEqualTo(3500);
        assertThat(job.error()).isNull();
    }

    @Test
    void jobWithNoBatchesCompletesFromQueuedAndTimesFromCreation() {
        JobState job = after(on.created(), on.queued(BatchPlan.ofRecords(0, 10)), on.completed());

        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.startedAt()).isNull();
        assertThat(job.duration()).isEqualTo(2000);
    }

    @Test
    void failedJobKeepsItsErrorAndProgress() {
        running();
        JobState job = after(on.batchDone(0, 0, 10, 0), on.failed("batch 1 failed: disk full"));

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.error()).isEqualTo("batch 1 failed: disk full");
        assertThat(job.progress()).isEqualTo(25);
        assertThat(job.completedAt()).isNotNull();
    }

    @Test
    void canceledJobKeepsTheReason() {
        JobState job = after(on.created(), on.canceled("canceled by user"));

        assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(job.error()).isEqualTo("canceled by user");
        assertThat(job.duration()).isEqualTo(1000);
    }

    /** An event to make on the test clock, named for the test's display name. */
    record Step(String name, Function<JobEvents, JobEvent> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Stream<Arguments> terminalJobsThen(Step... lateEvents) {
        List<Step> ends = List.of(new Step("completed", e -> e.completed()), new Step("failed", e -> e.failed("boom")),
                new Step("canceled", e -> e.canceled("by user")));
        return ends.stream().flatMap(end -> Stream.of(lateEvents).map(late -> Arguments.of(end, late)));
    }

    static Stream<Arguments> lifecycleEvents() {
        return terminalJobsThen(new Step("queued", e -> e.queued(1)), new Step("started", e -> e.started()),
                new Step("completed", e -> e.completed()), new Step("failed", e -> e.failed("again")),
                new Step("canceled", e -> e.canceled("again")));
    }

    /** Batches 0 and 1 are still in flight when the job ends, so a worker may still report them. */
    static Stream<Arguments> lateBatchAndBlockedEvents() {
        return terminalJobsThen(new Step("blocked", e -> e.blocked("no worker")),
                new Step("dispatched", e -> e.dispatched(2)), new Step("batchDone", e -> e.batchDone(0, 0, 10, 0)),
                new Step("batchFailed", e -> e.batchFailed(1, 0, 1)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("lifecycleEvents")
    void terminalJobRefusesLifecycleEvents(Step end, Step late) {
        running();
        JobState job = after(end.make().apply(on));

        assertThatThrownBy(() -> JobReducer.apply(job, late.make().apply(on)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    // Fails today: JobReducer.apply lets Blocked, Dispatched, BatchDone and BatchFailed change a terminal job.
    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("lateBatchAndBlockedEvents")
    void terminalJobRefusesLateBatchAndBlockedEvents(Step end, Step late) {
        running();
        JobState job = after(end.make().apply(on));

        assertThatThrownBy(() -> JobReducer.apply(job, late.make().apply(on)))
                .isInstanceOfAny(IllegalTransitionException.class, IllegalArgumentException.class);
    }

    // Fails today with a NullPointerException: the reducer promises IllegalArgumentException for an event that does not fit.
    @Test
    void dispatchBeforeTheJobIsQueuedIsRefusedAsNotFitting() {
        JobState job = after(on.created());

        assertThatThrownBy(() -> JobReducer.apply(job, on.dispatched(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldingTheSameEventsTwiceGivesEqualStates() {
        List<JobEvent> events = List.of(on.created(), on.queued(3), on.dispatched(0, 1), on.started(),
                on.batchDone(0, 0, 10, 1), on.batchFailed(1, 0, 1), on.dispatched(Map.of(1, 1, 2, 0)),
                on.batchDone(2, 0, 10, 0), on.batchDone(1, 1, 10, 0), on.completed());

        JobState first = fold(events);
        JobState second = fold(events);

        assertThat(second).isEqualTo(first);
        assertThat(first.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(first.recordsProcessed()).isEqualTo(30);
        assertThat(first.batchRetries()).isEqualTo(1);
        assertThat(first.retryAttempts()).isZero();
    }

    @Test
    void failedBatchWaitsForItsBackoffBeforeItIsOffered() {
        running();
        Instant due = Instant.parse("2030-01-01T00:00:10Z");
        JobState job = after(new JobEvent.BatchFailed("job-1", Instant.parse("2030-01-01T00:00:00Z"), 0, 0, "boom", 1,
                due));

        assertThat(job.batches().nextRetryAt()).isEqualTo(due);
        assertThat(job.batches().dispatchable(2, due.minusMillis(1))).containsExactly(entry(2, 0));
        assertThat(job.batches().dispatchable(2, due)).containsExactly(entry(0, 1));
    }

    @Test
    void retryOfAFailedJobRunsOnlyWhatDidNotFinishAndKeepsTheCounts() {
        JobState retry = fold(List.of(
                new JobEvent.Created("job-1-retry-1", Instant.EPOCH, Jobs.aSpec().build(), "default", "job-1", 1),
                new JobEvent.Queued("job-1-retry-1", Instant.EPOCH, BatchPlan.ofRecords(40, 10),
                        new Resume(new java.util.TreeMap<>(Map.of(1, 2, 3, 0)), 20, 2))));

        assertThat(retry.retryAttempts()).isEqualTo(1);
        assertThat(retry.parentId()).isEqualTo("job-1");
        assertThat(retry.recordsProcessed()).isEqualTo(20);
        assertThat(retry.errorCount()).isEqualTo(2);
        assertThat(retry.batches().done()).isEqualTo(2);
        assertThat(retry.progress()).isEqualTo(50);
        assertThat(retry.batches().dispatchable(4)).containsExactly(entry(1, 2), entry(3, 0));
    }
}
