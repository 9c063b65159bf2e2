package dev.sluice.worker.handlers;

import dev.sluice.common.record.FieldNames;
import dev.sluice.common.record.FieldValues;
import dev.sluice.common.record.SheetRecord;
import java.util.List;

/**
 * A record's values in an export's field order. Records of one sheet share their field names, so
 * the positions of the export's fields among them are worked out once and reused while the names
 * stay the same; other records are looked up by name. Not thread-safe: one per export.
 */
final class FieldOrder {

    private final List<String> fields;
    private FieldNames names;
    private int[] positions;

    FieldOrder(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    List<String> fields() {
        return fields;
    }

    /** The value of the export's field {@code i} in {@code record}, null when it has none. */
    Object value(SheetRecord record, int i) {
        if (record.values() instanceof FieldValues values) {
            if (values.names() != names) {
                learn(values.names());
            }
            int position = positions[i];
            return position < 0 ? null : values.value(position);
        }
        return record.values().get(fields.get(i));
    }

    private void learn(FieldNames recordNames) {
        int[] found = new int[fields.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = recordNames.indexOf(fields.get(i));
        }
        names = recordNames;
        positions = found;
    }
}
