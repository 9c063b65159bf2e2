package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final int ROWS = 20_000;

    @Test
    void theSameRowCountGivesTheSameBytes() throws Exception {
        try (CsvFile first = CsvFile.generate(ROWS); CsvFile second = CsvFile.generate(ROWS)) {
            assertThat(Files.mismatch(first.path(), second.path())).isEqualTo(-1);
            assertThat(first.size()).isEqualTo(Files.size(first.path()));
        }
    }

    @Test
    void everyRowParsesIntoTheTenColumnsWithItsIdInOrder() throws Exception {
        try (CsvFile csv = CsvFile.generate(ROWS)) {
            List<List<String>> rows = parse(csv.path());
            assertThat(rows).hasSize(ROWS);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i)).hasSize(CsvFile.COLUMNS.size()).first().isEqualTo(Integer.toString(i + 1));
            }
        }
    }

    @Test
    void theValuesHaveTheAwkwardPartsRealFilesHave() throws Exception {
        try (CsvFile csv = CsvFile.generate(ROWS)) {
            List<String> names = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (List<String> row : parse(csv.path())) {
                names.add(row.get(1));
                comments.add(row.get(9));
            }
            assertThat(names).anyMatch(name -> name.contains(", ")).anyMatch(name -> name.contains("\""))
                    .anyMatch(name -> name.chars().anyMatch(c -> c > 127));
            assertThat(comments).anyMatch(String::isEmpty).anyMatch(c -> c.contains(",")).anyMatch(c -> c.contains("\""))
                    .anyMatch(c -> c.contains("\n"));
        }
    }

    @Test
    void aMillionRowsMakeAboutAHundredMegabytes() throws Exception {
        try (CsvFile csv = CsvFile.generate(ROWS)) {
            assertThat(csv.size() / (double) ROWS).isBetween(95.0, 115.0);
        }
    }

    @Test
    void closingDeletesTheFile() throws Exception {
        CsvFile csv = CsvFile.generate(10);
        csv.close();
        assertThat(csv.path()).doesNotExist();
    }

    private static List<List<String>> parse(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(Files.newInputStream(file), CsvFormat.DEFAULT)) {
            assertThat(parser.header().names()).isEqualTo(CsvFile.COLUMNS);
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                assertThat(item).isInstanceOf(CsvRow.class);
                rows.add(((CsvRow) item).values());
            }
        }
        return rows;
    }
}
