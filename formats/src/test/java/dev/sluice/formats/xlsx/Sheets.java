package dev.sluice.formats.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads whole sheets in tests. */
final class Sheets {
    private Sheets() {
    }

    static List<XlsxRow> rows(Path file, String sheetName, boolean headers) throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); XlsxSheetReader reader = workbook.read(sheet(workbook, sheetName), headers)) {
            List<XlsxRow> rows = new ArrayList<>();
            for (XlsxRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    static List<String> fields(Path file, String sheetName) throws IOException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); XlsxSheetReader reader = workbook.read(sheet(workbook, sheetName), true)) {
            return reader.fields();
        }
    }

    static XlsxSheet sheet(XlsxWorkbook workbook, String name) {
        return workbook.sheets().stream().filter(sheet -> sheet.name().equals(name)).findFirst().orElseThrow();
    }
}
