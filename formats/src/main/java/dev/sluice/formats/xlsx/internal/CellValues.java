package dev.sluice.formats.xlsx.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell as a Sluice value. Text is a {@code String}; a number a {@code Long} or {@code BigDecimal};
 * a boolean a {@code Boolean}; a date ISO-8601 text ({@code 2024-03-15}, {@code 2024-03-15T13:45:00},
 * or {@code 13:45:00} for a time of day), as its format shows it; an empty cell null. A formula is not
 * evaluated: its value is the one the spreadsheet program saved with it (null if none). An error
 * such as {@code #DIV/0!} is its text.
 */
public final class CellValues {
    /** Serial day numbers that are dates: from 1900-01-00 to 9999-12-31. */
    private static final double LAST_DAY = 2_958_466;

    private CellValues() {
    }

    public static Object of(Cell cell) {
        if (cell == null) {
            return null;
        }
        switch (cell.getType()) {
            case EMPTY:
                return null;
            case STRING:
                return cell.getValue() == null ? "" : cell.getValue().toString();
            case ERROR:
                return cell.getRawValue();
            default:
                return typed(cell);
        }
    }

    /** A number, boolean or formula cell: its (cached) value keeps the type it was stored with. */
    private static Object typed(Cell cell) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return number(cell, number);
        }
        return value;
    }

    private static Object number(Cell cell, BigDecimal number) {
        DateKind kind = DateFormats.of(cell.getDataFormatId(), cell.getDataFormatString());
        if (kind == DateKind.NONE || number.signum() < 0 || number.doubleValue() >= LAST_DAY) {
            return Numbers.of(number);
        }
        LocalDateTime when = cell.asDate();
        switch (kind) {
            case DATE:
                return when.toLocalDate().toString();
            case TIME:
                return DateTimeFormatter.ISO_LOCAL_TIME.format(when.toLocalTime());
            default:
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(when);
        }
    }

    /** A header cell's value as a name: text as it is, numbers in plain digits, dates as ISO text. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
