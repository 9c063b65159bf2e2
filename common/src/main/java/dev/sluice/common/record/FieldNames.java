package dev.sluice.common.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The field names of a sheet's records, in order, with an index by name. One instance is shared by
 * every record made with it (see {@link FieldValues}), so a record carries only its values.
 */
public final class FieldNames {

    private final List<String> names;
    private final Map<String, Integer> index;

    private FieldNames(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < this.names.size(); i++) {
            if (index.putIfAbsent(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("field '" + this.names.get(i) + "' is named twice");
            }
        }
    }

    /** @throws IllegalArgumentException when a name is null or repeated */
    public static FieldNames of(List<String> names) {
        return new FieldNames(names);
    }

    public int size() {
        return names.size();
    }

    public String name(int position) {
        return names.get(position);
    }

    /** The position of {@code name}, or -1 when it is not one of these fields. */
    public int indexOf(Object name) {
        Integer position = index.get(name);
        return position == null ? -1 : position;
    }

    public List<String> list() {
        return names;
    }
}
