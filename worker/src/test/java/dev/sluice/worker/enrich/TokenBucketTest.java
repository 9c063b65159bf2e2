package dev.sluice.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final ManualTime time = new ManualTime();

    @Test
    void aBurstOfOneSecondsCallsGoesAtOnceAndTheNextWaitsForItsToken() throws Exception {
        TokenBucket bucket = new TokenBucket(4, time, time);

        for (int i = 0; i < 4; i++) {
            bucket.acquire();
        }
        assertThat(time.sleeps()).isEmpty();
        bucket.acquire();
        bucket.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250));
    }

    @Test
    void waitingCallersReserveTokensInTurnSoTogetherTheyKeepTheRate() {
        TokenBucket bucket = new TokenBucket(2, time, time);
        bucket.reserve();
        bucket.reserve();

        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.reserve()).as("queued behind the first waiter").isEqualTo(Duration.ofMillis(1000));
        time.advance(Duration.ofMillis(1000));
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRateBelowOnePerSecondSpacesCallsBySeveralSeconds() throws Exception {
        TokenBucket bucket = new TokenBucket(0.5, time, time);

        bucket.acquire();
        bucket.acquire();
        bucket.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void idleTimeRefillsTheBucketButNoFurtherThanOneSecondsWorth() {
        TokenBucket bucket = new TokenBucket(3, time, time);
        for (int i = 0; i < 3; i++) {
            bucket.reserve();
        }
        time.advance(Duration.ofMinutes(5));

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(Duration.ofNanos(333_333_334));
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new TokenBucket(0, time, time)).isInstanceOf(IllegalArgumentException.class);
    }
}
