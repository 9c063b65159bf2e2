package dev.sluice.worker.handlers;

import dev.sluice.common.record.FieldNames;
import dev.sluice.common.record.FieldValues;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.formats.csv.CsvRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed rows (of a CSV range or an xlsx sheet) into a sheet's records. A record has every field of the sheet, in order.
 * A row with fewer values leaves the last fields null; a row with more keeps the extra values under
 * {@code column_N} (N the value's 1-based position in the row, with {@code _2}, {@code _3}, ... if a
 * field already has that name), so nothing in the file is lost. Either way the record gets an error
 * message and counts as invalid.
 */
final class RowRecords {

    private final String sheetId;
    private final List<String> fields;
    /** The fields shared by every full row's record; null when names repeat, and rows then get maps of their own. */
    private final FieldNames names;
    private final long dataRowOffset;

    RowRecords(String sheetId, List<String> fields, long dataRowOffset) {
        this.sheetId = sheetId;
        this.fields = List.copyOf(fields);
        this.names = distinct(this.fields) ? FieldNames.of(this.fields) : null;
        this.dataRowOffset = dataRowOffset;
    }

    /** The sheet row of a file row: data rows count from 0. */
    long sheetRow(long fileRow) {
        return fileRow - dataRowOffset;
    }

    SheetRecord of(CsvRow row) {
        List<String> values = row.values();
        if (names != null && values.size() == fields.size()) {
            return SheetRecord.of(sheetId, sheetRow(row.rowIndex()), FieldValues.copyOf(names, values), List.of());
        }
        return of(sheetRow(row.rowIndex()), values, "row " + (row.rowIndex() + 1) + " (byte " + row.byteOffset() + ")");
    }

    /**
     * The record at {@code sheetRow} of a row's values, in field order.
     *
     * @param place where the row is in the file, for the message of a row whose width differs from the fields
     */
    SheetRecord of(long sheetRow, List<String> values, String place) {
        if (names != null && values.size() == fields.size()) {
            return SheetRecord.of(sheetId, sheetRow, FieldValues.copyOf(names, values), List.of());
        }
        Map<String, Object> byField = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byField.put(fields.get(i), i < values.size() ? values.get(i) : null);
        }
        if (values.size() == fields.size()) {
            return SheetRecord.of(sheetId, sheetRow, byField, List.of());
        }
        List<String> extras = new ArrayList<>();
        for (int i = fields.size(); i < values.size(); i++) {
            String name = freeName("column_" + (i + 1), byField);
            byField.put(name, values.get(i));
            extras.add(name);
        }
        String message = place + " has " + values.size() + " values; the sheet has " + fields.size() + " fields"
                + keptAs(extras);
        return SheetRecord.of(sheetId, sheetRow, byField, List.of(RecordMessage.error(null, message)));
    }

    /** Stands for a record the parser could not deliver (a quote never closed): every field null, the parser's reason. */
    SheetRecord unreadable(long fileRow, String reason) {
        Map<String, Object> byField = new LinkedHashMap<>();
        fields.forEach(field -> byField.put(field, null));
        return SheetRecord.of(sheetId, sheetRow(fileRow), byField, List.of(RecordMessage.error(null, reason)));
    }

    private static boolean distinct(List<String> fields) {
        return new HashSet<>(fields).size() == fields.size();
    }

    private static String freeName(String wanted, Map<String, Object> taken) {
        String name = wanted;
        for (int suffix = 2; taken.containsKey(name); suffix++) {
            name = wanted + "_" + suffix;
        }
        return name;
    }

    private static String keptAs(List<String> extras) {
        if (extras.isEmpty()) {
            return "";
        }
        String names = extras.size() <= 3 ? String.join(", ", extras) : extras.get(0) + " .. " + extras.get(extras.size() - 1);
        return "; the extra values are kept as " + names;
    }
}
