package dev.sluice.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BigSheetTest {

    @Test
    void aHundredThousandRowSheetIsReadRowByRow(@TempDir Path dir) throws IOException {
        Path file = PoiWorkbooks.big(dir);
        long count = 0;
        XlsxRow last = null;

        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); XlsxSheetReader reader = workbook.read(workbook.sheets().get(0), true)) {
            assertThat(reader.fields()).containsExactly("id", "name", "amount", "day");
            for (XlsxRow row = reader.next(); row != null; row = reader.next()) {
                count++;
                if (row.rowIndex() == 1) {
                    assertThat(row.values()).containsExactly(1L, "name-1", new BigDecimal("0.25"), "2024-01-02");
                } else if (row.rowIndex() == 50_000) {
                    assertThat(row.values()).containsExactly(50_000L, "name-50000", 12_500L, "2024-08-12");
                }
                last = row;
            }
        }

        assertThat(count).isEqualTo(PoiWorkbooks.BIG_ROWS);
        assertThat(last).isEqualTo(new XlsxRow(100_000, List.of(100_000L, "name-100000", 25_000L, "2024-03-23")));
    }
}
