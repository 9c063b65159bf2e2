package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvFormatTest {

    @Test
    void anEmptyConfigGivesTheDefaults() {
        assertThat(CsvFormat.parse(Map.of())).isEqualTo(new CsvFormat(',', '"', UTF_8, true, 0));
        assertThat(CsvFormat.parse(null)).isEqualTo(CsvFormat.DEFAULT);
    }

    @Test
    void theGuidesExampleConfigIsRead() {
        CsvFormat format = CsvFormat.parse(Map.of("delimiter", ";", "encoding", "latin1", "headers", false, "skipRows", 1));

        assertThat(format).isEqualTo(new CsvFormat(';', '"', ISO_8859_1, false, 1));
    }

    static Stream<Arguments> delimiterSpellings() {
        return Stream.of(Arguments.of(",", ','), Arguments.of(";", ';'), Arguments.of("|", '|'), Arguments.of("\t", '\t'),
                Arguments.of("tab", '\t'), Arguments.of("TAB", '\t'), Arguments.of("\\t", '\t'));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("delimiterSpellings")
    void delimitersAreReadFromTheirConfigSpelling(String text, char delimiter) {
        assertThat(CsvFormat.parse(Map.of("delimiter", text)).delimiter()).isEqualTo(delimiter);
    }

    static Stream<Arguments> encodingNames() {
        return Stream.of(Arguments.of("utf-8", UTF_8), Arguments.of("UTF8", UTF_8), Arguments.of("iso-8859-1", ISO_8859_1),
                Arguments.of("latin1", ISO_8859_1), Arguments.of("windows-1252", Charset.forName("windows-1252")),
                Arguments.of("cp1252", Charset.forName("windows-1252")), Arguments.of("utf-16", UTF_16),
                Arguments.of("utf-16le", UTF_16LE), Arguments.of("utf-16be", UTF_16BE), Arguments.of(" us-ascii ", US_ASCII));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodingNames")
    void encodingsAreReadFromTheirConfigNames(String name, Charset charset) {
        assertThat(CsvFormat.parse(Map.of("encoding", name)).encoding()).isEqualTo(charset);
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("delimiter", ",,", "config.delimiter"),
                Arguments.of("delimiter", ":", "config.delimiter"),
                Arguments.of("delimiter", "", "config.delimiter"),
                Arguments.of("delimiter", 44, "config.delimiter"),
                Arguments.of("quote", "''", "config.quote"),
                Arguments.of("quote", "`", "config.quote"),
                Arguments.of("encoding", "utf-32", "config.encoding"),
                Arguments.of("encoding", "ebcdic", "config.encoding"),
                Arguments.of("encoding", List.of("utf-8"), "config.encoding"),
                Arguments.of("headers", "yes", "config.headers"),
                Arguments.of("headers", 1, "config.headers"),
                Arguments.of("skipRows", -1, "config.skipRows"),
                Arguments.of("skipRows", 1.5, "config.skipRows"),
                Arguments.of("skipRows", "2", "config.skipRows"),
                Arguments.of("skipRows", 1L << 40, "config.skipRows"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badConfigs")
    void aBadValueIsRejectedNamingItsField(String key, Object value, String field) {
        CsvConfigException e = catchThrowableOfType(CsvConfigException.class, () -> CsvFormat.parse(Map.of(key, value)));

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(field + ": ").isEqualTo(field + ": " + e.reason());
    }

    @Test
    void anUnknownEncodingIsNamedInTheMessageWithTheChoices() {
        CsvConfigException e = catchThrowableOfType(CsvConfigException.class, () -> CsvFormat.parse(Map.of("encoding", "koi8")));

        assertThat(e).hasMessage("config.encoding: unknown encoding \"koi8\"; use utf-8, iso-8859-1 (latin1), "
                + "windows-1252 (cp1252), us-ascii, utf-16, utf-16le, utf-16be");
    }

    @Test
    void aNullValueTakesTheDefaultAndAWholeNumberAsDoubleIsAccepted() {
        Map<String, Object> config = new HashMap<>();
        config.put("delimiter", null);
        config.put("skipRows", 2.0);

        assertThat(CsvFormat.parse(config)).isEqualTo(CsvFormat.DEFAULT.withSkipRows(2));
    }

    @Test
    void theConfigKeysAreTheOnesParseReads() {
        assertThat(CsvFormat.CONFIG_KEYS).containsExactlyInAnyOrder("delimiter", "quote", "encoding", "headers", "skipRows");
    }

    @Test
    void aFormatBuiltInCodeIsValidatedToo() {
        CsvConfigException e = catchThrowableOfType(CsvConfigException.class, () -> CsvFormat.DEFAULT.withSkipRows(-3));

        assertThat(e).hasMessage("config.skipRows: must be 0 or more, not -3");
    }
}
