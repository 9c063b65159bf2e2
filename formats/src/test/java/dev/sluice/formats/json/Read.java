package dev.sluice.formats.json;

import java.util.List;
import java.util.Map;

/** What reading gave: the layout, every item in order, and the message that ended the reading early, if any. */
record Read(JsonLayout layout, List<JsonItem> items, String failure) {

    List<JsonRow> rows() {
        return items.stream().filter(JsonRow.class::isInstance).map(JsonRow.class::cast).toList();
    }

    List<JsonRowError> errors() {
        return items.stream().filter(JsonRowError.class::isInstance).map(JsonRowError.class::cast).toList();
    }

    List<Map<String, Object>> fields() {
        return rows().stream().map(JsonRow::fields).toList();
    }
}
