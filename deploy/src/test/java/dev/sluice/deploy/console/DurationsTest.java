package dev.sluice.deploy.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void underAMinuteShowsTenthsOfSeconds() {
        assertThat(Durations.format(Duration.ofMillis(0))).isEqualTo("0.0s");
        assertThat(Durations.format(Duration.ofMillis(12_345))).isEqualTo("12.3s");
    }

    @Test
    void underAnHourShowsMinutesAndSeconds() {
        assertThat(Durations.format(Duration.ofSeconds(125))).isEqualTo("2m 05s");
    }

    @Test
    void longerShowsHoursAndMinutes() {
        assertThat(Durations.format(Duration.ofMinutes(62).plusSeconds(59))).isEqualTo("1h 02m");
    }

    @Test
    void aNegativeDurationShowsAsZero() {
        assertThat(Durations.format(Duration.ofSeconds(-3))).isEqualTo("0.0s");
    }
}
