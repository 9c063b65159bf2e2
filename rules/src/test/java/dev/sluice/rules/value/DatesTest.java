package dev.sluice.rules.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    private static final DateReader US = Dates.common(DateOrder.MDY);
    private static final DateReader EUROPEAN = Dates.common(DateOrder.DMY);

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-05|2024-03-05",
            "2024-03-05T23:30:00|2024-03-05",
            "2024-03-05T23:30:00Z|2024-03-05",
            "2024-03-05T23:30:00-08:00|2024-03-05",
            "2024-03-05 23:30|2024-03-05",
            "2024/03/05|2024-03-05",
            "2024/3/5|2024-03-05",
            "03/05/2024|2024-03-05",
            "3/5/2024|2024-03-05",
            "05.03.2024|2024-03-05",
            "5 Mar 2024|2024-03-05",
            "5 March 2024|2024-03-05",
            "05-mar-2024|2024-03-05",
            "Mar 5, 2024|2024-03-05",
            "MARCH 5 2024|2024-03-05",
            "Sep 30, 2024|2024-09-30",
            "1709596800000|2024-03-05",
            "' 2024-03-05 '|2024-03-05"})
    void readsTheCommonFormatsMonthFirstByDefault(String text, LocalDate expected) {
        assertThat(US.read(text)).contains(expected);
    }

    @Test
    void readsSlashedDatesDayFirstWhenAsked() {
        assertThat(EUROPEAN.read("03/05/2024")).contains(LocalDate.of(2024, 5, 3));
        assertThat(EUROPEAN.read("25/12/2024")).contains(LocalDate.of(2024, 12, 25));
    }

    @Test
    void neverReadsAnImpossibleSlashedDateTheOtherWayRound() {
        assertThat(US.read("25/12/2024")).as("month 25 in MDY").isEmpty();
        assertThat(EUROPEAN.read("12/25/2024")).as("month 25 in DMY").isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "tomorrow", "02/30/2024", "2023-02-29", "2024-13-01", "5/3/24", "24-03-05",
            "32.01.2024", "5 Mars 2024", "20240305", "12345", "2024-03-05T25:00:00"})
    void refusesWhatIsNotADate(String text) {
        assertThat(US.read(text)).isEmpty();
    }

    @Test
    void takesLocalDatesAsTheyAre() {
        assertThat(US.read(LocalDate.of(2020, 2, 29))).contains(LocalDate.of(2020, 2, 29));
    }

    @Test
    void anExplicitPatternReadsThatFormatOnly() {
        DateReader reader = Dates.pattern("dd/MM/yyyy");

        assertThat(reader.read("05/03/2024")).contains(LocalDate.of(2024, 3, 5));
        assertThat(reader.read("2024-03-05")).as("ISO is not this pattern").isEmpty();
        assertThat(reader.read("31/02/2024")).as("strict").isEmpty();
    }

    @Test
    void aPatternWithoutDayMonthAndYearIsRefused() {
        assertThatThrownBy(() -> Dates.pattern("MM/yyyy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'MM/yyyy' is not a date pattern");
        assertThatThrownBy(() -> Dates.pattern("dd/MM/yyyy HH:mm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dates.pattern("dd/MM/yyyy{")).isInstanceOf(IllegalArgumentException.class);
    }
}
