package dev.sluice.formats.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that a spreadsheet would run as a formula is written as a text cell, kept exactly, and never as a formula. */
class XlsxFormulaInjectionTest {
    private static final List<String> DANGEROUS = List.of("=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-2+3+cmd",
            "@SUM(1)", "\t=1", "\r=1", "-12.5");

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void write() throws IOException {
        file = dir.resolve("injection.xlsx");
        try (XlsxWriter writer = XlsxWriter.to(Files.newOutputStream(file))) {
            writer.startSheet("S", List.of("=header()"));
            for (String text : DANGEROUS) {
                writer.writeRow(List.of(text));
            }
        }
    }

    @Test
    void anotherProgramSeesTextCellsWithTheExactTextAndNoFormula() throws IOException {
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(file))) {
            for (int r = 0; r <= DANGEROUS.size(); r++) {
                XSSFCell cell = poi.getSheetAt(0).getRow(r).getCell(0);
                assertThat(cell.getCellType()).as("row %d", r).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(r == 0 ? "=header()" : DANGEROUS.get(r - 1));
            }
        }
    }

    @Test
    void theSheetXmlHoldsInlineStringsAndNoFormulaElement() throws IOException {
        String xml;
        try (ZipFile zip = new ZipFile(file.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(xml).doesNotContain("<f>").doesNotContain("<f ").contains("t=\"inlineStr\"").contains("<t>=1+2</t>");
    }

    @Test
    void readingBackGivesTheSameText() throws IOException {
        assertThat(Sheets.rows(file, "S", true)).extracting(row -> row.values().get(0)).containsExactlyElementsOf(DANGEROUS);
    }
}
