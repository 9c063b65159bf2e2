package dev.sluice.formats.json;

import dev.sluice.formats.Positions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of a sheet read from JSON: the union of its rows' flat field names, in the order they
 * are first seen. Rows need not share their fields; a row without a field simply has no value there.
 * Ranges read apart are combined by {@link #addAll} in range order, which keeps first-seen order.
 */
public final class FieldUnion {
    /** The default cap on distinct names. */
    public static final int DEFAULT_MAX_FIELDS = 10_000;

    private final int maxFields;
    private final Set<String> names = new LinkedHashSet<>();

    /** @param maxFields distinct names allowed; past it {@link FieldLimitException} */
    public FieldUnion(int maxFields) {
        if (maxFields < 1) {
            throw new IllegalArgumentException("maxFields must be at least 1, not " + maxFields);
        }
        this.maxFields = maxFields;
    }

    /** A union capped at {@link #DEFAULT_MAX_FIELDS}. */
    public FieldUnion() {
        this(DEFAULT_MAX_FIELDS);
    }

    /** Adds a row's names not seen yet. */
    public void add(JsonRow row) {
        for (String name : row.fields().keySet()) {
            if (names.add(name) && names.size() > maxFields) {
                throw new FieldLimitException(Positions.describe(row.rowIndex(), row.byteOffset(), tooMany()));
            }
        }
    }

    /** Adds names collected elsewhere, such as another range's {@link #names()}, after the ones held. */
    public void addAll(List<String> more) {
        for (String name : more) {
            if (names.add(name) && names.size() > maxFields) {
                throw new FieldLimitException(tooMany());
            }
        }
    }

    /** The names in first-seen order. */
    public List<String> names() {
        return List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    private String tooMany() {
        return "more than " + maxFields + " distinct field names; a JSON import holds records that share their fields";
    }
}
