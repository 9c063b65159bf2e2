package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotingCorpusTest {

    @Test
    void quotedFieldsKeepTheDelimitersInside() {
        Parsed parsed = Corpus.parse("quoted-delimiters.csv");

        assertThat(parsed.header().names()).containsExactly("name", "city", "note");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("Smith, John", "Paris, FR", "plain")),
                tuple(2L, List.of("O'Brien", "Dublin", "a, b, and c")));
        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void doubledQuotesInsideAQuotedFieldReadAsOneQuote() {
        Parsed parsed = Corpus.parse("doubled-quotes.csv");

        assertThat(parsed.header().names()).containsExactly("id", "quote");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "He said \"hi\"")),
                tuple(2L, List.of("2", "\"")),
                tuple(3L, List.of("3", "")),
                tuple(4L, List.of("4", "\"start")));
    }

    @Test
    void lineBreaksInsideQuotesStayInTheFieldAsWritten() {
        Parsed parsed = Corpus.parse("embedded-newlines.csv");

        assertThat(parsed.header().names()).containsExactly("id", "text");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 8L, List.of("1", "line one\nline two")),
                tuple(2L, 30L, List.of("2", "crlf\r\ninside")),
                tuple(3L, 47L, List.of("3", "ends with newline\n")),
                tuple(4L, 70L, List.of("4", "after")));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptLiterallyAndTextAfterAClosingQuoteIsKept() {
        Parsed parsed = Corpus.parse("literal-quotes.csv");

        assertThat(parsed.header().names()).containsExactly("size", "desc");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("55\" TV", "Sony")),
                tuple(2L, List.of("quotedtail", "x")),
                tuple(3L, List.of("7\"", "a \"\"b\"\"")));
        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void aQuoteNeverClosedIsARowErrorNamingTheRowAndTheQuote() {
        Parsed parsed = Corpus.parse("unterminated-quote.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values)
                .containsExactly(tuple(1L, List.of("1", "ok")));
        assertThat(parsed.errors()).extracting(CsvRowError::describe).containsExactly(
                "row 3 (byte 13): a quoted field opened at byte 15 is never closed; the input ends inside it");
        assertThat(parsed.errors().get(0).rowIndex()).isEqualTo(2);
        assertThat(parsed.failure()).isNull();
    }

    @Test
    void emptyFieldsAreEmptyStringsAndAllEmptyRowsAreStillRows() {
        Parsed parsed = Corpus.parse("empty-fields.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values, CsvRow::blank).containsExactly(
                tuple(1L, List.of("", "", ""), true),
                tuple(2L, List.of("1", "", "3"), false),
                tuple(3L, List.of("", "x", ""), false));
    }
}
