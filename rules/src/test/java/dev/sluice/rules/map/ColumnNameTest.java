package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNameTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "E-mail Address|email address",
            "email_address|email address",
            "emailAddress|email address",
            "  EMAIL   ADDRESS |email address",
            "userID|user id",
            "HTTPStatus|http status",
            "address1|address 1",
            "Prénom|prenom",
            "Phone #|phone",
            "first.name|first name",
            "e mail|email",
            "x 1|x 1"})
    void namesReduceToTheirWords(String raw, String words) {
        assertThat(String.join(" ", ColumnName.of(raw).tokens())).isEqualTo(words);
    }

    @ParameterizedTest(name = "\"{0}\" holds {1}")
    @CsvSource(delimiter = '|', value = {"Address Line 01|1", "q1_2024|1,2024", "name|''"})
    void numbersAreKeptApartWithoutLeadingZeros(String raw, String digits) {
        assertThat(ColumnName.of(raw).digits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {"''", "'###'", "' _ '"})
    void namesOfOnlyPunctuationAreEmpty(String raw) {
        assertThat(ColumnName.of(raw).isEmpty()).isTrue();
        assertThat(ColumnName.of(raw).tokens()).isEqualTo(List.of());
    }
}
