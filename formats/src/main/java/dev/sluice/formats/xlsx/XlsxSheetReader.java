package dev.sluice.formats.xlsx;

import dev.sluice.formats.csv.internal.HeaderNames;
import dev.sluice.formats.xlsx.internal.CellValues;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads one sheet row by row, streaming its XML: memory holds one row, never the sheet. The first row
 * with a value is the header row, or, without headers, the first data row.
 *
 * <p>Field names follow CSV's rules: from a header row, each cell's text stripped, a blank one
 * {@code column_N}, a repeated one suffixed {@code _2}, {@code _3}, ...; without headers
 * {@code column_1..n}, n the width of the first row. A row whose cells are all empty is no row.
 */
public final class XlsxSheetReader implements Closeable {
    private final XlsxSheet sheet;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private List<String> fields = List.of();
    private XlsxRow firstDataRow;

    private XlsxSheetReader(XlsxSheet sheet, Stream<Row> stream) {
        this.sheet = sheet;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxSheetReader open(XlsxSheet sheet, Stream<Row> stream, boolean headers) {
        XlsxSheetReader reader = new XlsxSheetReader(sheet, stream);
        reader.learnFields(headers);
        return reader;
    }

    /** The sheet's field names; empty for a sheet without values. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The next data row, or null at the end of the sheet.
     *
     * @throws XlsxFormatException when the sheet's XML cannot be read; the reading is over
     */
    public XlsxRow next() {
        if (firstDataRow != null) {
            XlsxRow row = firstDataRow;
            firstDataRow = null;
            return row;
        }
        return nextWithValues();
    }

    @Override
    public void close() {
        stream.close();
    }

    private void learnFields(boolean headers) {
        XlsxRow first = nextWithValues();
        if (first == null) {
            return;
        }
        if (headers) {
            List<String> names = new ArrayList<>();
            first.values().forEach(value -> names.add(CellValues.text(value)));
            fields = HeaderNames.of(names);
        } else {
            fields = HeaderNames.numbered(first.values().size());
            firstDataRow = first;
        }
    }

    private XlsxRow nextWithValues() {
        try {
            while (rows.hasNext()) {
                XlsxRow row = convert(rows.next());
                if (row != null) {
                    return row;
                }
            }
            return null;
        } catch (XlsxFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // fastexcel parses bytes the user sent: anything it throws on them means the sheet is bad.
            throw unreadable(sheet, e);
        }
    }

    static XlsxFormatException unreadable(XlsxSheet sheet, Exception e) {
        return new XlsxFormatException("sheet \"" + sheet.name() + "\" cannot be read: " + e.getMessage(), e);
    }

    /** The row's values up to its last non-empty cell, padded with nulls to the fields; null for an empty row. */
    private XlsxRow convert(Row row) {
        List<Object> values = new ArrayList<>(Math.max(fields.size(), row.getCellCount()));
        int width = 0;
        for (int c = 0; c < row.getCellCount(); c++) {
            Object value = CellValues.of(row.getCell(c));
            values.add(value);
            if (value != null) {
                width = c + 1;
            }
        }
        if (width == 0) {
            return null;
        }
        List<Object> kept = new ArrayList<>(values.subList(0, width));
        while (kept.size() < fields.size()) {
            kept.add(null);
        }
        return new XlsxRow(row.getRowNum() - 1L, kept);
    }
}
