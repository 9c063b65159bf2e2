package dev.sluice.rules.transform;

import dev.sluice.rules.FieldMessage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record after its transformations.
 *
 * @param record   the new values, in the input's field order
 * @param messages one error per refused step (such as {@code invalid_phone}), naming the field; that
 *                 field's value is left as the step found it
 */
public record TransformResult(Map<String, Object> record, List<FieldMessage> messages) {

    public TransformResult {
        // Not Map.copyOf: records hold null values.
        record = Collections.unmodifiableMap(new LinkedHashMap<>(record));
        messages = List.copyOf(messages);
    }
}
