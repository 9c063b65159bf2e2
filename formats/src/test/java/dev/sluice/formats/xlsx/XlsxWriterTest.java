package dev.sluice.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenReadsBackEqualWithDatesAsIsoText() throws IOException {
        Path file = write(writer -> {
            writer.startSheet("People", List.of("name", "age", "score", "ratio", "member", "born", "seen", "note"));
            writer.writeRow(Arrays.asList("Zoë 😀", 42L, new BigDecimal("1234.56"), 0.5, true,
                    LocalDate.of(1990, 7, 1), LocalDateTime.of(2024, 3, 15, 13, 45, 30), null));
            writer.writeRow(Arrays.asList("李雷", -7, new BigDecimal("-0.001"), 2.0, false, null, null, "line\nbreak"));
            writer.writeRow(List.of("short row"));
            writer.startSheet("Second", List.of("only"));
            writer.writeRow(List.of("x"));
            writer.startSheet("Numbers", List.of("int", "short", "byte", "big", "float", "double"));
            writer.writeRow(List.of(7, (short) 8, (byte) 9, new BigInteger("100000000000000000000"), 0.5f, 1e-7));
        });

        assertThat(Sheets.fields(file, "People")).containsExactly("name", "age", "score", "ratio", "member", "born", "seen", "note");
        assertThat(Sheets.rows(file, "People", true)).extracting(XlsxRow::rowIndex, XlsxRow::values).containsExactly(
                tuple(1L, Arrays.asList("Zoë 😀", 42L, new BigDecimal("1234.56"), new BigDecimal("0.5"), true,
                        "1990-07-01", "2024-03-15T13:45:30", null)),
                tuple(2L, Arrays.asList("李雷", -7L, new BigDecimal("-0.001"), 2L, false, null, null, "line\nbreak")),
                tuple(3L, Arrays.asList("short row", null, null, null, null, null, null, null)));
        assertThat(Sheets.rows(file, "Second", true)).extracting(XlsxRow::values).containsExactly(List.of("x"));
        assertThat(Sheets.rows(file, "Numbers", true)).extracting(XlsxRow::values).containsExactly(List.of(
                7L, 8L, 9L, new BigDecimal("100000000000000000000"), new BigDecimal("0.5"), new BigDecimal("1.0E-7")));
    }

    @Test
    void theFirstAndLastDatesACellHoldsReadBackUnchanged() throws IOException {
        Path file = write(writer -> {
            writer.startSheet("Dates", List.of("first", "leap", "last", "noon"));
            writer.writeRow(List.of(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 3, 1), LocalDate.of(9999, 12, 31),
                    LocalDateTime.of(2000, 2, 29, 12, 0)));
        });

        assertThat(Sheets.rows(file, "Dates", true)).extracting(XlsxRow::values)
                .containsExactly(List.of("1900-01-01", "1900-03-01", "9999-12-31", "2000-02-29T12:00:00"));
    }

    @Test
    void anotherProgramReadsTheWrittenTypes() throws IOException {
        Path file = write(writer -> {
            writer.startSheet("People", List.of("name", "age", "member", "born"));
            writer.writeRow(List.of("Ann", 42L, true, LocalDate.of(1990, 7, 1)));
        });

        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = poi.getSheet("People");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ann");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(42.0);
            assertThat(sheet.getRow(1).getCell(2).getBooleanCellValue()).isTrue();
            XSSFCell born = sheet.getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(born)).isTrue();
            assertThat(born.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1990, 7, 1));
        }
    }

    @Test
    void sheetNamesAreMadeValidAndTheNameUsedIsReturned() throws IOException {
        Path file = write(writer -> {
            assertThat(writer.startSheet("Sales/2024: Q1 [draft] and a very long tail", List.of("a")))
                    .isEqualTo("Sales-2024- Q1 -draft- and a ve");
            assertThat(writer.startSheet("Sales-2024- Q1 -draft- and a ve", List.of("a"))).isEqualTo("Sales-2024- Q1 -draft- and a _1");
        });

        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            assertThat(workbook.sheets()).extracting(XlsxSheet::name)
                    .containsExactly("Sales-2024- Q1 -draft- and a ve", "Sales-2024- Q1 -draft- and a _1");
        }
    }

    @Test
    void valuesACellCannotHoldAreRefusedNamingTheRowAndColumn() throws IOException {
        try (XlsxWriter writer = XlsxWriter.to(OutputStream.nullOutputStream())) {
            writer.startSheet("S", List.of("a", "b"));

            assertThatThrownBy(() -> writer.writeRow(List.of("ok", "bell\u0007")))
                    .hasMessage("sheet \"S\", row 2, column 2: its text has the character U+0007 at position 4, which XML cannot hold");
            assertThatThrownBy(() -> writer.writeRow(List.of("x".repeat(32_768))))
                    .hasMessageEndingWith("its text has 32768 characters, more than the 32767 a cell holds");
            assertThatThrownBy(() -> writer.writeRow(List.of(Double.NaN)))
                    .hasMessageEndingWith("NaN is not a number a cell can hold");
            assertThatThrownBy(() -> writer.writeRow(List.of(new Object())))
                    .hasMessageContaining("a java.lang.Object is no cell value");
            assertThatThrownBy(() -> writer.writeRow(List.of(LocalDate.of(1899, 12, 31))))
                    .hasMessageEndingWith("1899-12-31 is outside the dates a cell holds (1900-01-01 to 9999-12-31); write it as text");
            assertThatThrownBy(() -> writer.writeRow(List.of(1, 2, 3)))
                    .hasMessage("row 2 has 3 values, but the header has 2");
        }
    }

    @Test
    void rowsBeforeAnySheetAndAWorkbookWithoutSheetsAreRefused() {
        XlsxWriter writer = XlsxWriter.to(OutputStream.nullOutputStream());

        assertThatThrownBy(() -> writer.writeRow(List.of("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(writer::close).hasMessage("a workbook needs at least one sheet; nothing was written");
    }

    @Test
    void rowsAreCountedAcrossSheetsWithoutHeaders() throws IOException {
        write(writer -> {
            writer.startSheet("A", List.of("a"));
            writer.writeRow(List.of(1));
            writer.startSheet("B", List.of("b"));
            writer.writeRow(List.of(2));
            writer.writeRow(List.of(3));
            assertThat(writer.rowsWritten()).isEqualTo(3);
        });
    }

    @Test
    void typesThatPoiReportsAreStringsForEveryTextCell() throws IOException {
        Path file = write(writer -> {
            writer.startSheet("S", List.of("t"));
            writer.writeRow(List.of("12"));
        });

        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(poi.getSheetAt(0).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private Path write(WriterWork work) throws IOException {
        Path file = Files.createTempFile(dir, "written", ".xlsx");
        try (XlsxWriter writer = XlsxWriter.to(Files.newOutputStream(file))) {
            work.run(writer);
        }
        return file;
    }

    interface WriterWork {
        void run(XlsxWriter writer) throws IOException;
    }
}
