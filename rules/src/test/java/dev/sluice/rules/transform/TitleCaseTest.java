package dev.sluice.rules.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCaseTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ada lovelace|Ada Lovelace",
            "ADA LOVELACE|Ada Lovelace",
            "mARY-jane smith|Mary-Jane Smith",
            "o'neil|O'Neil",
            "d’angelo|D’Angelo",
            "don't stop|Don't Stop",
            "3rd street|3rd Street",
            "MCDONALD|Mcdonald",
            "élodie ünal|Élodie Ünal",
            "john.smith@x|John.Smith@X",
            "'  two  spaces '|'  Two  Spaces '"})
    void capitalisesEachWord(String text, String expected) {
        assertThat(((StepResult.Changed) TitleCase.INSTANCE.apply(text)).text()).isEqualTo(expected);
    }
}
