package dev.sluice.rules.schema;

import java.util.List;

/**
 * One field of a sheet: the destination that data is mapped into and checked against.
 *
 * @param key         the name records use; unique within the sheet
 * @param label       the name people see; the key when not given
 * @param type        what it holds
 * @param required    a blank value is an error
 * @param unique      no two records of the sheet may hold the same value (see {@link UniqueTracker})
 * @param options     the allowed values of an {@code enum} field; empty for every other type
 * @param description what it means, for people; may be null
 */
public record FieldSchema(String key, String label, FieldType type, boolean required, boolean unique,
                          List<EnumOption> options, String description) {

    public FieldSchema {
        if (key == null || key.isBlank() || type == null) {
            throw new IllegalArgumentException("a field needs a key and a type");
        }
        label = label == null || label.isBlank() ? key : label;
        options = options == null ? List.of() : List.copyOf(options);
        if (type == FieldType.ENUM && options.isEmpty()) {
            throw new IllegalArgumentException("enum field '" + key + "' needs options");
        }
        if (type != FieldType.ENUM && !options.isEmpty()) {
            throw new IllegalArgumentException("field '" + key + "' is not an enum but has options");
        }
    }

    /** An optional, non-unique field without options or description. */
    public static FieldSchema of(String key, FieldType type) {
        return new FieldSchema(key, key, type, false, false, List.of(), null);
    }
}
