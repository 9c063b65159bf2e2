package dev.sluice.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a workbook written with fastexcel's own API: shared strings rather than inline ones, and several sheets. */
class FastexcelWorkbookTest {

    @Test
    void sharedStringsNumbersDatesAndBooleansReadAsValues(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fastexcel.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet first = workbook.newWorksheet("First");
            first.value(0, 0, "city");
            first.value(0, 1, "founded");
            first.value(0, 2, "capital");
            first.value(1, 0, "Tromsø");
            first.value(1, 1, LocalDate.of(1994, 1, 1));
            first.style(1, 1).format("dd.mm.yyyy").set();
            first.value(1, 2, false);
            first.value(2, 0, "Oslo");
            first.value(2, 2, true);
            Worksheet second = workbook.newWorksheet("Second");
            second.value(0, 0, 3.25);
            second.value(0, 2, 1_000_000_000_000L);
        }

        assertThat(Sheets.rows(file, "First", true)).containsExactly(
                new XlsxRow(1, List.of("Tromsø", "1994-01-01", false)),
                new XlsxRow(2, Arrays.asList("Oslo", null, true)));
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); XlsxSheetReader reader = workbook.read(workbook.sheets().get(1), false)) {
            assertThat(reader.fields()).containsExactly("column_1", "column_2", "column_3");
            assertThat(reader.next().values()).containsExactly(new BigDecimal("3.25"), null, 1_000_000_000_000L);
            assertThat(reader.next()).isNull();
        }
    }
}
