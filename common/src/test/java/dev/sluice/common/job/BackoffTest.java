package dev.sluice.common.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void withoutJitterTheDelayDoublesFromTheBaseUpToTheCap() {
        Backoff backoff = new Backoff(1_000, 10_000, 0);

        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(n -> backoff.delay(n, 42).toMillis()))
                .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
    }

    @Test
    void theCapHoldsForAnyNumberOfRetries() {
        Backoff backoff = Backoff.from(1_000);

        assertThat(backoff.delay(100, 7)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delay(Integer.MAX_VALUE, 7)).isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterShortensTheDelayByAtMostItsFractionAndSpreadsDelaysApart() {
        Backoff backoff = new Backoff(1_000, 300_000, 0.2);
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            long third = backoff.delay(3, seed).toMillis();
            assertThat(third).isBetween(3_200L, 4_000L);
            seen.add(third);
        }
        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void theSameFailureAlwaysGetsTheSameDelay() {
        Backoff backoff = Backoff.from(500);
        long seed = Backoff.seed("job-1", 3, 1);

        assertThat(backoff.delay(2, seed)).isEqualTo(backoff.delay(2, seed));
        assertThat(Backoff.seed("job-1", 3, 1)).isNotEqualTo(Backoff.seed("job-1", 3, 2));
    }

    @Test
    void aBaseLargerThanTheDefaultCapBecomesTheCap() {
        Backoff backoff = Backoff.from(600_000);

        assertThat(backoff.capMs()).isEqualTo(600_000);
        assertThat(backoff.delay(3, 1)).isLessThanOrEqualTo(Duration.ofMinutes(10)).isGreaterThan(Duration.ofMinutes(7));
    }

    @Test
    void zeroBaseRetriesAtOnce() {
        assertThat(Backoff.from(0).delay(5, 9)).isZero();
    }

    @Test
    void retriesCountFromOne() {
        assertThatThrownBy(() -> Backoff.from(1_000).delay(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
