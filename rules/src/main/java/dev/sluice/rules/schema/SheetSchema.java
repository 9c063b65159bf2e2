package dev.sluice.rules.schema;

import java.util.List;
import java.util.Optional;

/**
 * One sheet of a workbook schema.
 *
 * @param key    how jobs and the API name the sheet; unique within the workbook
 * @param name   what people see
 * @param fields in column order; keys unique
 * @param rules  business rules every record of the sheet must keep
 */
public record SheetSchema(String key, String name, List<FieldSchema> fields, List<RuleSpec> rules) {

    public SheetSchema {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a sheet needs a key");
        }
        name = name == null || name.isBlank() ? key : name;
        fields = List.copyOf(fields);
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (fields.stream().map(FieldSchema::key).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("sheet '" + key + "' has two fields with one key");
        }
    }

    public Optional<FieldSchema> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }
}
