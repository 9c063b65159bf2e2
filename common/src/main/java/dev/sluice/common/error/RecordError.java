package dev.sluice.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record that failed in a batch that went on: what it was and why it failed. The job keeps
 * running; the record shows up in the job's errors and failed records.
 *
 * @param recordId the record's stable id ({@code SHEET/ROW} for sheet records), or null when it has none
 * @param row      its position within the job's input, from 0, or -1 when unknown
 * @param field    the field at fault, or null when the record as a whole failed
 * @param code     what kind of failure, for programs (such as {@code invalid_value}, {@code ragged_row})
 * @param message  what is wrong, for people
 * @param values   the record's values as the batch saw them, so that it can be fixed and sent again
 */
public record RecordError(String recordId, long row, String field, String code, String message,
                          Map<String, Object> values) {

    public RecordError {
        if (message == null || code == null) {
            throw new IllegalArgumentException("a record error needs a code and a message");
        }
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
