package dev.sluice.rules.validate;

import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.cel.RuleSet;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.TypeCheck;
import dev.sluice.rules.schema.UniqueTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks records against a sheet's schema as a {@code validate-records} job's options say: required
 * fields, types (with enum options), business rules. Uniqueness needs every earlier record of the sheet,
 * so it is a separate {@link #uniqueTracker()} the caller feeds in row order. Immutable and thread-safe.
 */
public final class RecordValidator {

    private final List<FieldSchema> fields;
    private final boolean required;
    private final boolean types;
    private final TypeCheck check;
    private final List<RuleSet> rules;

    RecordValidator(List<FieldSchema> fields, boolean required, boolean types, TypeCheck check, List<RuleSet> rules) {
        this.fields = List.copyOf(fields);
        this.required = required;
        this.types = types;
        this.check = check;
        this.rules = List.copyOf(rules);
    }

    /** What is wrong with {@code record}, by field, in schema order, then the broken rules. */
    public List<FieldMessage> check(Map<String, Object> record) {
        List<FieldMessage> found = new ArrayList<>();
        for (FieldSchema field : fields) {
            Object value = record.get(field.key());
            if (required) {
                check.required(field, value).ifPresent(found::add);
            }
            if (types) {
                found.addAll(check.type(field, value));
            }
        }
        for (RuleSet set : rules) {
            found.addAll(set.evaluate(record));
        }
        return found;
    }

    /** True when {@link #uniqueTracker()} has fields to track. */
    public boolean checksUnique() {
        return types && fields.stream().anyMatch(FieldSchema::unique);
    }

    /** A tracker of the {@code unique} fields (none when types are not checked). */
    public UniqueTracker uniqueTracker() {
        return new UniqueTracker(types ? fields : List.of());
    }
}
