package dev.sluice.formats.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void wholeNumbersThatFitAreLongsAndOthersKeepTheirDigits() {
        assertThat(Numbers.of(new BigDecimal("42"))).isEqualTo(42L);
        assertThat(Numbers.of(new BigDecimal("2469.0"))).isEqualTo(2469L);
        assertThat(Numbers.of(new BigDecimal("1E+3"))).isEqualTo(1000L);
        assertThat(Numbers.of(new BigDecimal("-0.0"))).isEqualTo(0L);
        assertThat(Numbers.of(new BigDecimal("0.1"))).isEqualTo(new BigDecimal("0.1"));
        assertThat(Numbers.of(new BigDecimal("1E+20"))).isEqualTo(new BigDecimal("1E+20"));
    }
}
