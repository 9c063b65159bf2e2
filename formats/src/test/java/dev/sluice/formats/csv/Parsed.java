package dev.sluice.formats.csv;

import java.util.List;

/**
 * All that a parse delivered: the header, the items in order, and the message of the
 * {@link CsvFormatException} that stopped it, or null.
 */
record Parsed(CsvHeader header, List<CsvItem> items, String failure) {

    List<CsvRow> rows() {
        return items.stream().filter(CsvRow.class::isInstance).map(CsvRow.class::cast).toList();
    }

    List<CsvRowError> errors() {
        return items.stream().filter(CsvRowError.class::isInstance).map(CsvRowError.class::cast).toList();
    }

    List<List<String>> values() {
        return rows().stream().map(CsvRow::values).toList();
    }

    List<Long> rowIndexes() {
        return rows().stream().map(CsvRow::rowIndex).toList();
    }

    List<Long> byteOffsets() {
        return rows().stream().map(CsvRow::byteOffset).toList();
    }
}
