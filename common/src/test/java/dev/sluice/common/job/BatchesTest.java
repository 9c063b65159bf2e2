package dev.sluice.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static Batches of(int batches) {
        return Batches.of(BatchPlan.ofRecords(batches * 10L, 10));
    }

    @Test
    void freshJobOffersItsFirstBatchesUpToParallelAsFirstAttempts() {
        assertThat(of(10).dispatchable(3)).containsExactly(entry(0, 0), entry(1, 0), entry(2, 0));
    }

    @Test
    void batchesInFlightTakeUpRoom() {
        Batches batches = of(10).dispatched(Map.of(0, 0, 1, 0));

        assertThat(batches.next()).isEqualTo(2);
        assertThat(batches.dispatchable(3)).containsExactly(entry(2, 0));
        assertThat(batches.dispatchable(2)).isEmpty();
        assertThat(batches.dispatchable(1)).isEmpty();
    }

    @Test
    void finishedBatchFreesItsRoomForTheNextInOrder() {
        Batches batches = of(10).dispatched(Map.of(0, 0, 1, 0)).finished(0);

        assertThat(batches.inFlight()).containsOnlyKeys(1);
        assertThat(batches.dispatchable(2)).containsExactly(entry(2, 0));
    }

    @Test
    void nothingIsOfferedBeyondTheLastBatch() {
        Batches batches = of(3).dispatched(Map.of(0, 0, 1, 0));

        assertThat(batches.dispatchable(10)).containsExactly(entry(2, 0));
        assertThat(batches.dispatched(Map.of(2, 0)).dispatchable(10)).isEmpty();
    }

    @Test
    void retriesAreOfferedBeforeNewBatchesWithTheirRetryAttempt() {
        Batches batches = of(10).dispatched(Map.of(0, 0, 1, 0, 2, 0)).failed(2, 1).failed(0, 1);

        assertThat(batches.retry()).containsExactly(entry(0, 1), entry(2, 1));
        assertThat(batches.dispatchable(2)).containsExactly(entry(0, 1));
        assertThat(batches.dispatchable(4)).containsExactly(entry(0, 1), entry(2, 1), entry(3, 0));
    }

    @Test
    void sendingARetryTakesItOffTheRetryQueue() {
        Batches batches = of(10).dispatched(Map.of(0, 0)).failed(0, 1).dispatched(Map.of(0, 1));

        assertThat(batches.retry()).isEmpty();
        assertThat(batches.inFlight()).containsExactly(entry(0, 1));
        assertThat(batches.next()).isEqualTo(1);
        assertThat(batches.awaiting(0, 1)).isTrue();
        assertThat(batches.awaiting(0, 0)).isFalse();
    }

    @Test
    void failedBatchWithoutRetryLeavesFlightButIsNotDone() {
        Batches batches = of(2).dispatched(Map.of(0, 0, 1, 0)).finished(1).failed(0, null);

        assertThat(batches.inFlight()).isEmpty();
        assertThat(batches.retry()).isEmpty();
        assertThat(batches.done()).isEqualTo(1);
        assertThat(batches.allDone()).isFalse();
        assertThat(batches.dispatchable(4)).isEmpty();
    }

    @Test
    void percentCountsDoneBatchesRoundingDown() {
        Batches batches = of(3).dispatched(Map.of(0, 0, 1, 0, 2, 0));

        assertThat(batches.percent()).isZero();
        assertThat(batches.finished(0).percent()).isEqualTo(33);
        assertThat(batches.finished(0).finished(1).percent()).isEqualTo(66);
        assertThat(batches.finished(0).finished(1).finished(2).percent()).isEqualTo(100);
    }

    @Test
    void allDoneOnlyOnceEveryBatchIsDone() {
        Batches batches = of(2).dispatched(Map.of(0, 0, 1, 0)).finished(0);

        assertThat(batches.allDone()).isFalse();
        assertThat(batches.finished(1).allDone()).isTrue();
    }

    @Test
    void zeroBatchPlanIsDoneAtOnce() {
        Batches batches = Batches.of(BatchPlan.ofRecords(0, 10));

        assertThat(batches.plan().totalBatches()).isZero();
        assertThat(batches.allDone()).isTrue();
        assertThat(batches.percent()).isEqualTo(100);
        assertThat(batches.dispatchable(4)).isEmpty();
    }

    @Test
    void planOfRecordsRoundsUpAndItsLastBatchHoldsTheRest() {
        BatchPlan plan = BatchPlan.ofRecords(25, 10);

        assertThat(plan.totalBatches()).isEqualTo(3);
        assertThat(plan.firstRecord(2)).isEqualTo(20);
        assertThat(plan.recordsIn(0)).isEqualTo(10);
        assertThat(plan.recordsIn(2)).isEqualTo(5);
        assertThat(BatchPlan.single(100).recordsIn(0)).isEqualTo(-1);
    }
}
