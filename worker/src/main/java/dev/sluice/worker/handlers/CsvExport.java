package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvWriteOptions;
import dev.sluice.formats.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV in utf-8 with commas and CRLF line ends: a header row of the sheet's fields, then a row per
 * record. With metadata three columns come first: {@code _id}, {@code _valid} ({@code true} or
 * {@code false}) and {@code _messages} (the messages as a JSON array). Cells that a spreadsheet would
 * run as a formula get a leading {@code '} (see {@link CsvWriter}). A number or boolean is written as
 * it prints, a map or list as JSON, null as an empty cell. Values beyond the sheet's fields are not
 * written.
 */
final class CsvExport implements ExportWriter {

    static final List<String> METADATA_COLUMNS = List.of("_id", "_valid", "_messages");

    private final CsvWriter csv;
    private final FieldOrder fields;
    private final boolean includeMetadata;
    private final boolean writesHeader;

    CsvExport(OutputStream out, List<String> fields, boolean includeMetadata) {
        this(out, fields, includeMetadata, true);
    }

    /** @param header false for a part of a file in parts other than the first: the file has one header row */
    CsvExport(OutputStream out, List<String> fields, boolean includeMetadata, boolean header) {
        this.writesHeader = header;
        this.csv = CsvWriter.to(out, CsvFormat.DEFAULT, CsvWriteOptions.DEFAULTS);
        this.fields = new FieldOrder(fields);
        this.includeMetadata = includeMetadata;
    }

    @Override
    public void begin() throws IOException {
        if (!writesHeader) {
            return;
        }
        List<String> header = new ArrayList<>(includeMetadata ? METADATA_COLUMNS : List.of());
        header.addAll(fields.fields());
        writeRow(header);
    }

    @Override
    public void write(SheetRecord record) throws IOException {
        List<String> row = new ArrayList<>(fields.fields().size() + METADATA_COLUMNS.size());
        if (includeMetadata) {
            row.add(record.id());
            row.add(Boolean.toString(record.valid()));
            row.add(Json.text(record.messages()));
        }
        for (int i = 0; i < fields.fields().size(); i++) {
            row.add(cell(fields.value(record, i)));
        }
        writeRow(row);
    }

    @Override
    public void end() throws IOException {
        csv.flush();
    }

    /** A sheet without fields exports no columns, and a row without cells is no CSV row: nothing is written. */
    private void writeRow(List<String> row) throws IOException {
        if (!row.isEmpty()) {
            csv.writeRow(row);
        }
    }

    private static String cell(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return Json.text(value);
        }
        return String.valueOf(value);
    }
}
