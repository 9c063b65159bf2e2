package dev.sluice.worker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("sluice.tasks.normal", 0);
    private static final TopicPartition P1 = new TopicPartition("sluice.tasks.normal", 1);

    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void tasksFinishingOutOfOrderCommitOnlyTheContiguousPrefix() {
        receive(P0, 10, 11, 12, 13);
        tracker.done(P0, 11);
        tracker.done(P0, 13);

        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 10L));

        tracker.done(P0, 10);
        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 12L));

        tracker.done(P0, 12);
        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 14L));
    }

    @Test
    void gapsInTheOffsetsDoNotBlockACommit() {
        receive(P0, 3, 7);  // 4 to 6 were transaction markers or aborted records
        tracker.done(P0, 3);
        tracker.done(P0, 7);

        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 8L));
    }

    @Test
    void aPositionIsHandedOutOnceUntilItMovesAgain() {
        receive(P0, 0);
        tracker.done(P0, 0);

        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 1L));
        assertThat(tracker.advanced()).isEmpty();
    }

    @Test
    void aFailedCommitIsHandedOutAgain() {
        receive(P0, 0);
        tracker.done(P0, 0);
        tracker.advanced();

        tracker.retry(List.of(P0));

        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 1L));
    }

    @Test
    void partitionsAreTrackedApart() {
        receive(P0, 0, 1);
        receive(P1, 0, 1);
        tracker.done(P0, 0);
        tracker.done(P1, 1);

        assertThat(tracker.advanced()).isEqualTo(Map.of(P0, 1L, P1, 0L));
        assertThat(tracker.open()).isEqualTo(2);
    }

    @Test
    void positionsGivesEveryKnownPartitionAskedFor() {
        receive(P0, 5);
        tracker.advanced();

        assertThat(tracker.positions(List.of(P0, P1))).isEqualTo(Map.of(P0, 5L));
    }

    @Test
    void aForgottenPartitionIsNotCommittedAndLateCompletionsAreIgnored() {
        receive(P0, 0);
        tracker.forget(List.of(P0));
        tracker.done(P0, 0);

        assertThat(tracker.advanced()).isEmpty();
        assertThat(tracker.open()).isZero();
    }

    private void receive(TopicPartition partition, long... offsets) {
        for (long offset : offsets) {
            tracker.received(partition, offset);
        }
    }
}
