package dev.sluice.rules.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BooleansTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource({"true, true", "TRUE, true", "t, true", "Yes, true", "y, true", "1, true", "on, true",
            "false, false", "F, false", "no, false", "N, false", "0, false", "OFF, false", "' yes ', true"})
    void readsYesNoWords(String text, boolean expected) {
        assertThat(Booleans.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "maybe", "2", "yess", "tru", "-1"})
    void refusesOtherWords(String text) {
        assertThat(Booleans.parse(text)).isEmpty();
    }

    @Test
    void takesJsonBooleansAndTheNumbersOneAndZero() {
        assertThat(Booleans.parse(Boolean.FALSE)).contains(false);
        assertThat(Booleans.parse(1)).contains(true);
        assertThat(Booleans.parse(0)).contains(false);
        assertThat(Booleans.parse(2)).isEmpty();
    }
}
