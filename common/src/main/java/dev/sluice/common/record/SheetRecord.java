package dev.sluice.common.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a sheet, as the records topic and the API carry it.
 *
 * @param id       stable: {@code SHEET/ROW}, the same on every re-delivery of the batch that wrote it
 * @param sheetId  the sheet it belongs to
 * @param row      its position in the sheet, from 0
 * @param values   field name → value, in the sheet's field order
 * @param messages what is wrong or doubtful about it; a record with an {@code error} message is invalid
 */
public record SheetRecord(String id, String sheetId, long row, Map<String, Object> values,
                          List<RecordMessage> messages) {

    public SheetRecord {
        // FieldValues is immutable already; any other map is copied, so the record never changes.
        values = values instanceof FieldValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public static SheetRecord of(String sheetId, long row, Map<String, Object> values, List<RecordMessage> messages) {
        return new SheetRecord(RecordKeys.key(sheetId, row), sheetId, row, values, messages);
    }

    /** False when some message is an error. */
    public boolean valid() {
        for (RecordMessage message : messages) {
            if (message.level() == RecordMessage.Level.ERROR) {
                return false;
            }
        }
        return true;
    }
}
