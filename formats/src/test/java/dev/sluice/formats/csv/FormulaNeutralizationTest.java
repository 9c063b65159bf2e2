package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaNeutralizationTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=SUM(A1:A9)|'=SUM(A1:A9)",
        "+cmd|'+cmd",
        "-2+3+cmd|'-2+3+cmd",
        "@SUM(1)|'@SUM(1)",
        "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
        "-|'-",
        "-12.5|-12.5",
        "+3|+3",
        "-1e5|-1e5",
        "-0,75|`\"-0,75\"`",
        "a=b|a=b",
        "' =1|' =1",
        "plain|plain"})
    void aCellThatASpreadsheetWouldRunGetsALeadingApostrophe(String cell, String written) throws IOException {
        assertThat(write(cell, true)).isEqualTo(written + "\r\n");
    }

    @Test
    void aLeadingTabOrCrIsNeutralizedAndQuotedWhereNeeded() throws IOException {
        assertThat(write("\tx", true)).isEqualTo("'\tx\r\n");
        assertThat(write("\rx", true)).isEqualTo("\"'\rx\"\r\n");
    }

    @Test
    void anEmptyCellStaysEmpty() throws IOException {
        assertThat(write("", true)).isEqualTo("\"\"\r\n");
    }

    @Test
    void withTheOptionOffCellsAreWrittenAsTheyAre() throws IOException {
        assertThat(write("=SUM(A1)", false)).isEqualTo("=SUM(A1)\r\n");
    }

    @Test
    void neutralizationIsOnByDefault() {
        assertThat(CsvWriteOptions.DEFAULTS.neutralizeFormulas()).isTrue();
    }

    private static String write(String cell, boolean neutralize) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out, CsvFormat.DEFAULT,
                CsvWriteOptions.DEFAULTS.withNeutralizeFormulas(neutralize))) {
            writer.writeRow(cell);
        }
        return out.toString();
    }
}
