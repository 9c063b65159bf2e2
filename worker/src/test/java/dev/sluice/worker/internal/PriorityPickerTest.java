package dev.sluice.worker.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityPickerTest {

    private static final int HIGH = 0;
    private static final int NORMAL = 1;
    private static final int LOW = 2;
    private static final Duration AGING = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final PriorityPicker<String> picker = new PriorityPicker<>(3, AGING);

    @Test
    void theHighestPriorityGoesFirstWhateverTheArrivalOrder() {
        picker.add(LOW, "low", T0);
        picker.add(NORMAL, "normal", T0.plusMillis(1));
        picker.add(HIGH, "high", T0.plusMillis(2));

        assertThat(drain(T0.plusSeconds(1))).containsExactly("high", "normal", "low");
    }

    @Test
    void tasksOfOnePriorityLeaveInTheOrderTheyCame() {
        picker.add(NORMAL, "first", T0);
        picker.add(NORMAL, "second", T0);
        picker.add(NORMAL, "third", T0.plusMillis(5));

        assertThat(drain(T0)).containsExactly("first", "second", "third");
    }

    @Test
    void aLowTaskThatWaitedLongerThanTheAgingJumpsAheadOfHighOnes() {
        picker.add(LOW, "low", T0);
        picker.add(HIGH, "high-1", T0.plusSeconds(4));
        picker.add(HIGH, "high-2", T0.plusSeconds(4));

        assertThat(picker.next(T0.plusSeconds(5).plusMillis(1))).contains("low");
        assertThat(picker.next(T0.plusSeconds(6))).contains("high-1");
    }

    @Test
    void aLowTaskThatWaitedExactlyTheAgingStillYieldsToHighOnes() {
        picker.add(LOW, "low", T0);
        picker.add(HIGH, "high", T0.plusSeconds(1));

        assertThat(picker.next(T0.plus(AGING))).contains("high");
    }

    @Test
    void amongOverdueTasksTheOneThatWaitedLongestGoesFirst() {
        picker.add(NORMAL, "normal", T0.plusSeconds(1));
        picker.add(LOW, "low", T0);
        picker.add(HIGH, "high", T0.plusSeconds(2));

        assertThat(drain(T0.plusSeconds(60))).containsExactly("low", "normal", "high");
    }

    @Test
    void overdueTasksThatWaitedEquallyLongGoByPriority() {
        picker.add(LOW, "low", T0);
        picker.add(NORMAL, "normal", T0);

        assertThat(drain(T0.plusSeconds(60))).containsExactly("normal", "low");
    }

    @Test
    void aSteadyHighLoadStillLetsEveryLowTaskThrough() {
        picker.add(LOW, "low", T0);
        Instant now = T0;
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 20 && !taken.contains("low"); i++) {
            picker.add(HIGH, "high-" + i, now);
            now = now.plusSeconds(1);
            taken.add(picker.next(now).orElseThrow());
        }

        assertThat(taken).contains("low");
        assertThat(taken.indexOf("low")).isLessThanOrEqualTo((int) AGING.toSeconds());
    }

    @Test
    void anEmptyPickerHasNothingToGive() {
        assertThat(picker.next(T0)).isEmpty();
        assertThat(picker.size()).isZero();
    }

    @Test
    void removedTasksAreNotPickedAndTheRestKeepTheirOrder() {
        picker.add(HIGH, "a-1", T0);
        picker.add(HIGH, "b-1", T0);
        picker.add(LOW, "a-2", T0);
        picker.add(LOW, "b-2", T0);

        assertThat(picker.removeIf(item -> item.startsWith("a"))).containsExactlyInAnyOrder("a-1", "a-2");
        assertThat(picker.size(HIGH)).isEqualTo(1);
        assertThat(drain(T0)).containsExactly("b-1", "b-2");
    }

    @Test
    void aPickerNeedsALevelAndAPositiveAging() {
        assertThatThrownBy(() -> new PriorityPicker<String>(0, AGING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityPicker<String>(3, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> drain(Instant now) {
        List<String> taken = new ArrayList<>();
        for (Optional<String> next = picker.next(now); next.isPresent(); next = picker.next(now)) {
            taken.add(next.get());
        }
        return taken;
    }
}
