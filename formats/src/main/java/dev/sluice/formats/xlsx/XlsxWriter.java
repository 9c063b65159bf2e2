package dev.sluice.formats.xlsx;

import dev.sluice.formats.xlsx.internal.WriteChecks;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams sheets of rows into an XLSX file with fastexcel: rows are flushed to the output every
 * {@link #FLUSH_EVERY} rows, so memory holds a few rows whatever the sheet's size. Sheets are written
 * one after another: {@link #startSheet} finishes the one before.
 *
 * <ul>
 *   <li>Values: {@code String} is a text cell; {@code Long}, {@code Integer}, {@code Short},
 *       {@code Byte}, {@code BigInteger}, {@code BigDecimal} and finite {@code Double}/{@code Float}
 *       a number; {@code Boolean} a boolean; {@code LocalDate} a date shown {@code yyyy-mm-dd};
 *       {@code LocalDateTime} a date shown {@code yyyy-mm-dd hh:mm:ss} (years 1900 to 9999, the ones a
 *       cell holds); null an empty cell. Other
 *       types are refused, so nothing is written as an accidental {@code toString()}.</li>
 *   <li><b>Formula injection.</b> The writer has no way to write a formula: every text is an inline
 *       string cell ({@code t="inlineStr"}), which a spreadsheet shows as text and never runs, even
 *       when it starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR. Unlike
 *       {@code CsvWriter}, no {@code '} is added: in XLSX the cell's type already says "text", and a
 *       quote would become part of the value. Inline strings also keep memory bounded: fastexcel's
 *       shared-string table would hold every distinct text of the file.</li>
 *   <li>Text that XML cannot hold (control characters other than tab, LF, CR) or longer than 32,767
 *       characters is refused with an {@link IllegalArgumentException} naming the row and column,
 *       never silently changed.</li>
 *   <li>A sheet holds at most 1,048,576 rows (the header included) and 16,384 columns. A sheet name is
 *       made valid as Excel requires: {@code / \ ? * [ ] :} become {@code -}, it is cut to 31
 *       characters, and a repeated name gets a suffix; {@link #startSheet} returns the name used.</li>
 * </ul>
 */
public final class XlsxWriter implements Closeable {
    /** Rows kept in memory before they are flushed to the output. */
    public static final int FLUSH_EVERY = 1000;

    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private final OutputStream out;
    private final Workbook workbook;
    private Worksheet sheet;
    private int nextRow;
    private int columns;
    private long rows;

    private XlsxWriter(OutputStream out) {
        this.out = out;
        this.workbook = new Workbook(out, "Sluice", null);
    }

    /** A writer whose file goes to {@code out}, which {@link #close()} closes. */
    public static XlsxWriter to(OutputStream out) {
        return new XlsxWriter(out);
    }

    /**
     * Finishes the sheet being written, if any, and starts the next with its header row.
     *
     * @return the sheet's name as written (see the class documentation)
     */
    public String startSheet(String name, List<String> header) throws IOException {
        if (header.isEmpty() || header.size() > Worksheet.MAX_COLS) {
            throw new IllegalArgumentException("a sheet has 1 to " + Worksheet.MAX_COLS + " columns, not " + header.size());
        }
        finishSheet();
        sheet = workbook.newWorksheet(name);
        nextRow = 0;
        columns = header.size();
        writeCells(header);
        return sheet.getName();
    }

    /**
     * Writes one data row under the header; it may be shorter than the header, not longer.
     *
     * @throws IllegalArgumentException for a value the writer refuses, naming its row and column
     */
    public void writeRow(List<?> values) throws IOException {
        if (sheet == null) {
            throw new IllegalStateException("start a sheet before writing rows");
        }
        if (values.size() > columns) {
            throw new IllegalArgumentException("row " + (nextRow + 1) + " has " + values.size() + " values, but the header has " + columns);
        }
        writeCells(values);
        rows++;
    }

    /** The data rows written so far, across sheets; header rows are not counted. */
    public long rowsWritten() {
        return rows;
    }

    /** Finishes the file (a workbook needs at least one sheet) and closes the output. */
    @Override
    public void close() throws IOException {
        try (out) {
            if (sheet == null) {
                throw new IllegalStateException("a workbook needs at least one sheet; nothing was written");
            }
            finishSheet();
            workbook.finish();
        }
    }

    private void writeCells(List<?> values) throws IOException {
        if (nextRow == Worksheet.MAX_ROWS) {
            throw new IllegalStateException("sheet \"" + sheet.getName() + "\" is full: a sheet holds at most "
                    + Worksheet.MAX_ROWS + " rows; start another sheet");
        }
        for (int c = 0; c < values.size(); c++) {
            write(nextRow, c, values.get(c));
        }
        if (++nextRow % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void write(int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            String problem = WriteChecks.problemWith(text);
            if (problem != null) {
                throw refused(r, c, "its text has " + problem);
            }
            sheet.inlineString(r, c, text);
        } else if (value instanceof Boolean flag) {
            sheet.value(r, c, flag);
        } else if (value instanceof Number number) {
            sheet.value(r, c, checked(r, c, number));
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, checked(r, c, date));
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (value instanceof LocalDateTime dateTime) {
            checked(r, c, dateTime.toLocalDate());
            sheet.value(r, c, dateTime);
            sheet.style(r, c).format(DATE_TIME_FORMAT).set();
        } else {
            throw refused(r, c, "a " + value.getClass().getName() + " is no cell value; pass text, a number, a boolean or a date");
        }
    }

    private Number checked(int r, int c, Number number) {
        if (number instanceof Double || number instanceof Float) {
            if (!Double.isFinite(number.doubleValue())) {
                throw refused(r, c, number + " is not a number a cell can hold");
            }
            return number;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte
                || number instanceof BigDecimal || number instanceof BigInteger) {
            return number;
        }
        throw refused(r, c, "a " + number.getClass().getName() + " is no cell value; pass a Long, BigDecimal or Double");
    }

    /** A spreadsheet's dates are days since 1900: earlier ones cannot be written (fastexcel would write -1). */
    private LocalDate checked(int r, int c, LocalDate date) {
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw refused(r, c, date + " is outside the dates a cell holds (1900-01-01 to 9999-12-31); write it as text");
        }
        return date;
    }

    private IllegalArgumentException refused(int r, int c, String reason) {
        return new IllegalArgumentException("sheet \"" + sheet.getName() + "\", row " + (r + 1) + ", column " + (c + 1) + ": " + reason);
    }

    private void finishSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
    }
}
