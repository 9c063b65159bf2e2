package dev.sluice.rules.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "42|42.0",
            "-12.5|-12.5",
            "'  7 '|7.0",
            "1,234.5|1234.5",
            "-12,000|-12000.0",
            "1,234,567|1234567.0",
            "1e3|1000.0",
            "2.5E-2|0.025",
            ".5|0.5",
            "+3|3.0",
            "10.|10.0"})
    void readsNumbersAsPeopleTypeThem(String text, double expected) {
        assertThat(Numbers.parse(text).getAsDouble()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "abc", "1.234,5", "1,5", "12,34", "1,2345", "NaN", "Infinity", "$5", "5%",
            "1 000", "1e", "--1", "0x10", "1e999"})
    void refusesWhatCouldBeMisread(String text) {
        assertThat(Numbers.parse(text)).isEmpty();
    }

    @Test
    void takesJsonNumbersAsTheyAre() {
        assertThat(Numbers.parse(3).getAsDouble()).isEqualTo(3.0);
        assertThat(Numbers.parse(2.75d).getAsDouble()).isEqualTo(2.75);
        assertThat(Numbers.parse(Double.NaN)).isEmpty();
        assertThat(Numbers.parse(null)).isEmpty();
    }
}
