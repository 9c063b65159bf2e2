package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void aFullRunHasTheCsvPhaseWithAMillionRows() {
        BenchOptions options = BenchOptions.parse();
        assertThat(options.csv()).isTrue();
        assertThat(options.csvRows()).isEqualTo(1_000_000);
        assertThat(options.csvOnly()).isFalse();
    }

    @Test
    void switchesTakeNoValueAndMixWithFlags() {
        BenchOptions only = BenchOptions.parse("--csv-only", "--csv-rows", "5_000");
        assertThat(only.csvOnly()).isTrue();
        assertThat(only.csvRows()).isEqualTo(5_000);

        BenchOptions none = BenchOptions.parse("--jobs", "10", "--no-csv", "--records", "5");
        assertThat(none.csv()).isFalse();
        assertThat(none.jobs()).isEqualTo(10);
        assertThat(none.records()).isEqualTo(5);
    }

    @Test
    void csvOnlyWithoutACsvPhaseIsRefused() {
        assertThatThrownBy(() -> BenchOptions.parse("--csv-only", "--no-csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--csv-only");
        assertThatThrownBy(() -> BenchOptions.parse("--csv-only", "--csv-rows", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--csv-only");
    }

    @Test
    void noCsvAndARowCountContradictEachOther() {
        assertThatThrownBy(() -> BenchOptions.parse("--no-csv", "--csv-rows", "10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclude each other");
    }

    @Test
    void aFlagWithoutItsValueIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchOptions.parse("--csv-rows"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value: --csv-rows")
                .hasMessageContaining("--no-csv");
    }
}
