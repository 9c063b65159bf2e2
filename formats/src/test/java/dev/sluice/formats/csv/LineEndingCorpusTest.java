package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineEndingCorpusTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"crlf.csv", "lf.csv", "lone-cr.csv"})
    void everyLineEndingEndsARecordAndIsNotPartOfTheValues(String file) {
        Parsed parsed = Corpus.parse(file);

        assertThat(parsed.header().names()).containsExactly("id", "name");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "Ann")),
                tuple(2L, List.of("2", "Bob")));
    }

    @Test
    void crlfRecordsStartAfterTheirLf() {
        assertThat(Corpus.parse("crlf.csv").byteOffsets()).containsExactly(9L, 16L);
    }

    @Test
    void mixedLineEndingsInOneFileAreEachOneBreak() {
        Parsed parsed = Corpus.parse("mixed-endings.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 8L, List.of("1", "Ann")),
                tuple(2L, 15L, List.of("2", "Bob")),
                tuple(3L, 21L, List.of("3", "Cid")),
                tuple(4L, 27L, List.of("4", "Dee")));
    }

    @Test
    void aLastRecordWithoutLineBreakIsRead() {
        Parsed parsed = Corpus.parse("no-trailing-newline.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "Ann")),
                tuple(2L, List.of("2", "Bob")));
    }

    @Test
    void aTrailingDelimiterWithoutLineBreakEndsWithAnEmptyField() {
        Parsed parsed = Parsing.whole("a,b\n1,".getBytes(), CsvFormat.DEFAULT);

        assertThat(parsed.values()).containsExactly(List.of("1", ""));
    }
}
