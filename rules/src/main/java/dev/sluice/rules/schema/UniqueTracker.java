package dev.sluice.rules.schema;

import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.value.Numbers;
import dev.sluice.rules.value.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Finds duplicates of {@code unique} fields among the records it is shown, in the order shown:
 * the first record with a value keeps it, each later one gets a {@code duplicate} error naming the
 * first. Values are compared as their type means them: numbers by value ({@code 1,000} and
 * {@code 1000} are one), emails ignoring case, everything else as trimmed text, case-sensitive.
 * Blank values are never duplicates.
 *
 * <p>It only knows what it has seen. Uniqueness over a whole sheet that several workers check in
 * batches needs one view of every batch: the caller must feed it all records of the sheet (or
 * merge per-batch trackers' keys) before it can say a value is unique. It keeps one entry per
 * distinct value, so its memory grows with the sheet. Not thread-safe.
 */
public final class UniqueTracker {

    private final List<FieldSchema> fields;
    private final Map<String, Map<Object, String>> firstSeen = new HashMap<>();

    /** Tracks the {@code unique} fields among {@code fields}; the others are ignored. */
    public UniqueTracker(Collection<FieldSchema> fields) {
        this.fields = fields.stream().filter(FieldSchema::unique).toList();
        this.fields.forEach(f -> firstSeen.put(f.key(), new HashMap<>()));
    }

    /** Remembers the record's unique values and returns an error for each that an earlier record holds. */
    public List<FieldMessage> see(String recordId, Map<String, Object> record) {
        List<FieldMessage> duplicates = new ArrayList<>();
        for (FieldSchema field : fields) {
            Object value = record.get(field.key());
            if (Values.isBlank(value)) {
                continue;
            }
            String first = firstSeen.get(field.key()).putIfAbsent(identity(field, value), recordId);
            if (first != null) {
                duplicates.add(FieldMessage.error(field.key(), "duplicate",
                        "'" + Values.text(value) + "' is already the " + field.label() + " of record " + first));
            }
        }
        return duplicates;
    }

    private static Object identity(FieldSchema field, Object value) {
        if (field.type() == FieldType.NUMBER) {
            OptionalDouble number = Numbers.parse(value);
            if (number.isPresent()) {
                return number.getAsDouble() + 0.0; // Adding zero makes -0.0 and 0.0 one key.
            }
        }
        String text = Values.text(value);
        return field.type() == FieldType.EMAIL ? text.toLowerCase(Locale.ROOT) : text;
    }
}
