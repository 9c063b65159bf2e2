package dev.sluice.formats.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatsTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "yyyy-mm-dd|DATE",
        "dd.mm.yyyy|DATE",
        "mmm yyyy|DATE",
        "[$-409]mmmm d, yyyy;@|DATE",
        "yyyy-mm-dd hh:mm:ss|DATE_TIME",
        "m/d/yy h:mm AM/PM|DATE_TIME",
        "h:mm|TIME",
        "mm:ss|TIME",
        "hh:mm:ss.000|TIME",
        "[h]:mm:ss|NONE",
        "[Red]0.00|NONE",
        "#,##0.00 \"days\"|NONE",
        "0%|NONE",
        "General|NONE",
        "@|NONE",
        "`\"Date: \"0`|NONE",
        "`\"on \"yyyy`|DATE",
        "`d\\-m`|DATE"})
    void aFormatCodeShowsADateATimeOrANumber(String code, DateKind kind) {
        assertThat(DateFormats.of(164, code)).isEqualTo(kind);
    }

    @Test
    void builtInFormatsAreKnownByIdWithoutACode() {
        assertThat(DateFormats.of(14, null)).isEqualTo(DateKind.DATE);
        assertThat(DateFormats.of(22, null)).isEqualTo(DateKind.DATE_TIME);
        assertThat(DateFormats.of(21, null)).isEqualTo(DateKind.TIME);
        assertThat(DateFormats.of(46, "[h]:mm:ss")).isEqualTo(DateKind.NONE);
        assertThat(DateFormats.of(2, "0.00")).isEqualTo(DateKind.NONE);
        assertThat(DateFormats.of(null, null)).isEqualTo(DateKind.NONE);
    }
}
