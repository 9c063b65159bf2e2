package dev.sluice.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeCorpusTest {

    @Test
    void skipRowsDropsRecordsBeforeTheHeaderAndRowIndexesStillCountThem() {
        Parsed parsed = Corpus.parse("skip-rows.csv");

        assertThat(parsed.header().names()).containsExactly("id", "total");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(3L, List.of("1", "10")),
                tuple(4L, List.of("2", "20")));
    }

    @Test
    void skipRowsWithoutHeadersStartsTheDataAfterTheSkippedRows() {
        Parsed parsed = Corpus.parse("skip-rows.csv", CsvFormat.DEFAULT.withSkipRows(3).withHeaders(false));

        assertThat(parsed.header().names()).containsExactly("column_1", "column_2");
        assertThat(parsed.rowIndexes()).containsExactly(3L, 4L);
    }

    @Test
    void raggedRowsAreReportedAndStillDelivered() {
        Parsed parsed = Corpus.parse("ragged.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("1", "2", "3")),
                tuple(2L, List.of("4", "5")),
                tuple(3L, List.of("6", "7", "8", "9")),
                tuple(4L, List.of("10", "11", "12")));
        assertThat(parsed.errors()).extracting(CsvRowError::describe).containsExactly(
                "row 3 (byte 12): 2 fields, but the header has 3",
                "row 4 (byte 16): 4 fields, but the header has 3");
    }

    @Test
    void aRowErrorComesJustBeforeTheRowItIsAbout() {
        List<CsvItem> items = Corpus.parse("ragged.csv").items();

        assertThat(items).extracting(item -> item.getClass().getSimpleName() + "@" + item.rowIndex())
                .containsExactly("CsvRow@1", "CsvRowError@2", "CsvRow@2", "CsvRowError@3", "CsvRow@3", "CsvRow@4");
    }

    @Test
    void withoutHeadersTheFirstRowSetsTheFieldCount() {
        Parsed parsed = Corpus.parse("ragged.csv", CsvFormat.DEFAULT.withHeaders(false));

        assertThat(parsed.header().names()).containsExactly("column_1", "column_2", "column_3");
        assertThat(parsed.rowIndexes()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(parsed.errors()).extracting(CsvRowError::describe).containsExactly(
                "row 3 (byte 12): 2 fields, but the first row has 3",
                "row 4 (byte 16): 4 fields, but the first row has 3");
    }

    @Test
    void emptyLinesAreSkippedAndNotCountedAsRows() {
        Parsed parsed = Corpus.parse("empty-lines.csv");

        assertThat(parsed.header().names()).containsExactly("id", "name");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 11L, List.of("1", "Ann")),
                tuple(2L, 20L, List.of("2", "Bob")));
    }

    @Test
    void anEmptyFileHasNoHeaderAndNoRows() {
        Parsed parsed = Corpus.parse("empty.csv");

        assertThat(parsed.header()).isEqualTo(CsvHeader.NONE);
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.failure()).isNull();
    }

    @Test
    void aHeaderOnlyFileHasAHeaderAndNoRows() {
        Parsed parsed = Corpus.parse("header-only.csv");

        assertThat(parsed.header().names()).containsExactly("id", "name", "email");
        assertThat(parsed.items()).isEmpty();
    }

    @Test
    void blankHeaderNamesAreNumberedAndRepeatedOnesGetASuffix() {
        Parsed parsed = Corpus.parse("header-names.csv");

        assertThat(parsed.header().names()).containsExactly("id", "column_2", "Name", "name", "Name_2", "column_2_2");
        assertThat(parsed.values()).containsExactly(List.of("1", "2", "3", "4", "5", "6"));
    }

    @Test
    void withoutHeadersTheFirstRecordIsData() {
        Parsed parsed = Corpus.parse("lf.csv", CsvFormat.DEFAULT.withHeaders(false));

        assertThat(parsed.header().names()).containsExactly("column_1", "column_2");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(0L, 0L, List.of("id", "name")),
                tuple(1L, 8L, List.of("1", "Ann")),
                tuple(2L, 14L, List.of("2", "Bob")));
    }
}
