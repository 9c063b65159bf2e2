package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.formats.xlsx.XlsxWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * XLSX with one sheet named after the export: a header row of the sheet's fields, then a row per
 * record, with {@code _id}, {@code _valid} and {@code _messages} first when metadata is asked for.
 * Numbers and booleans are written as such, text as text (never as a formula, see
 * {@link XlsxWriter}), a map or list as JSON text, null as an empty cell.
 */
final class XlsxExport implements ExportWriter {

    private final XlsxWriter xlsx;
    private final String sheetName;
    private final List<String> fields;
    private final boolean includeMetadata;

    XlsxExport(OutputStream out, String sheetName, List<String> fields, boolean includeMetadata) {
        this.xlsx = XlsxWriter.to(new KeepOpen(out));
        this.sheetName = sheetName;
        this.fields = List.copyOf(fields);
        this.includeMetadata = includeMetadata;
    }

    @Override
    public void begin() throws IOException {
        List<String> header = new ArrayList<>(includeMetadata ? CsvExport.METADATA_COLUMNS : List.of());
        header.addAll(fields.isEmpty() ? List.of("_empty") : fields);
        xlsx.startSheet(sheetName, header);
    }

    @Override
    public void write(SheetRecord record) throws IOException {
        List<Object> row = new ArrayList<>(fields.size() + CsvExport.METADATA_COLUMNS.size());
        if (includeMetadata) {
            row.add(record.id());
            row.add(record.valid());
            row.add(Json.text(record.messages()));
        }
        for (String field : fields) {
            row.add(cell(record.values().get(field)));
        }
        xlsx.writeRow(row);
    }

    @Override
    public void end() throws IOException {
        xlsx.close();
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return Json.text(value);
    }

    /** The stored file stays open when the workbook is finished: the export handler closes it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
