package dev.sluice.formats.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written by Apache POI: files that another program than Sluice's writer produced. */
final class PoiWorkbooks {
    static final int BIG_ROWS = 100_000;

    private PoiWorkbooks() {
    }

    /**
     * Three sheets: "Customers" with numbers, dates in several formats, booleans, empty cells, formulas
     * with their cached values and an error; "Orders" with a blank header cell; "Empty" with nothing.
     */
    static Path customers(Path dir) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet customers = workbook.createSheet("Customers");
            row(customers, 0, "id", "name", "joined", "balance", "active", "last_login", "wake_up", "note");
            Row first = customers.createRow(1);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue("Zoë Ångström");
            dated(first.createCell(2), LocalDate.of(2024, 3, 15), style(workbook, "yyyy-mm-dd"));
            first.createCell(3).setCellValue(1234.5);
            first.createCell(4).setCellValue(true);
            dated(first.createCell(5), LocalDateTime.of(2024, 3, 15, 13, 45, 30), style(workbook, "yyyy-mm-dd hh:mm:ss"));
            first.createCell(6).setCellValue(7.5 / 24);
            first.getCell(6).setCellStyle(style(workbook, "h:mm"));
            first.createCell(7).setCellValue("=1+2");
            Row second = customers.createRow(2);
            second.createCell(0).setCellValue(2);
            second.createCell(1).setCellValue("李雷");
            CellStyle builtInDate = workbook.createCellStyle();
            builtInDate.setDataFormat((short) 14);
            dated(second.createCell(2), LocalDate.of(2023, 12, 31), builtInDate);
            second.createCell(3).setCellValue(-0.25);
            second.createCell(4).setCellValue(false);
            Row afterAGap = customers.createRow(5);
            afterAGap.createCell(0).setCellValue(3);
            afterAGap.createCell(3).setCellFormula("D2*2");
            afterAGap.createCell(4).setCellFormula("D2>0");
            afterAGap.createCell(7).setCellFormula("1/0");
            customers.createRow(6).createCell(1).setCellValue("");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

            Sheet orders = workbook.createSheet("Orders");
            row(orders, 0, "sku", "", "qty");
            row(orders, 1, "X1", "first", 2);
            row(orders, 2, "Y2", null, 10, "beyond the header");
            workbook.createSheet("Empty");
            return save(workbook, dir.resolve("customers-poi.xlsx"));
        }
    }

    /** One sheet of {@link #BIG_ROWS} data rows, written with POI's streaming writer. */
    static Path big(Path dir) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("Big");
            CellStyle date = style(workbook, "yyyy-mm-dd");
            row(sheet, 0, "id", "name", "amount", "day");
            for (int i = 1; i <= BIG_ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("name-" + i);
                row.createCell(2).setCellValue(i * 0.25);
                dated(row.createCell(3), LocalDate.of(2024, 1, 1).plusDays(i % 366), date);
            }
            return save(workbook, dir.resolve("big-poi.xlsx"));
        } finally {
            workbook.close();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (values[c] instanceof Integer number) {
                row.createCell(c).setCellValue(number);
            }
        }
    }

    private static void dated(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static void dated(Cell cell, LocalDateTime dateTime, CellStyle style) {
        cell.setCellValue(dateTime);
        cell.setCellStyle(style);
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static Path save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
