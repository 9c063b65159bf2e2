package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimiterCorpusTest {

    @Test
    void semicolonFilesKeepDecimalCommasAndQuoteTheirSemicolons() {
        Parsed parsed = Corpus.parse("semicolon.csv");

        assertThat(parsed.header().names()).containsExactly("id", "amount", "label");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "3,50", "a;b")),
                tuple(2L, List.of("2", "-1,25", "plain")));
    }

    @Test
    void tabSeparatedFilesQuoteTheirTabsAndEndWithAnEmptyField() {
        Parsed parsed = Corpus.parse("tab.tsv");

        assertThat(parsed.header().names()).containsExactly("id", "name", "note");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "Ann", "tab\tinside")),
                tuple(2L, List.of("2", "Bob", "")));
    }

    @Test
    void pipeSeparatedFilesQuoteTheirPipes() {
        Parsed parsed = Corpus.parse("pipe.csv");

        assertThat(parsed.header().names()).containsExactly("id", "path");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "/a/b")),
                tuple(2L, List.of("2", "x|y")));
    }

    @Test
    void aFileReadWithTheWrongDelimiterIsOneColumnWide() {
        Parsed parsed = Corpus.parse("semicolon.csv", CsvFormat.DEFAULT);

        assertThat(parsed.header().names()).containsExactly("id;amount;label");
        assertThat(parsed.values()).containsExactly(List.of("1;3", "50;\"a;b\""), List.of("2;-1", "25;plain"));
        assertThat(parsed.errors()).extracting(CsvRowError::message)
                .containsExactly("2 fields, but the header has 1", "2 fields, but the header has 1");
    }
}
