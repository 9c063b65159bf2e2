package dev.sluice.common.record;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One record's values as an immutable map in field order: the names are shared ({@link FieldNames}),
 * the values are an array of this record's. A {@link SheetRecord} takes it as it is instead of
 * copying it into a map of its own, which is most of what a record costs to make.
 */
public final class FieldValues extends AbstractMap<String, Object> {

    private final FieldNames names;
    private final Object[] values;

    /** Values in the order of {@code names}; a null stands for no value. */
    public static FieldValues of(FieldNames names, Object... values) {
        return owning(names, values.clone());
    }

    /** Values in the order of {@code names}, copied from {@code values}; a null stands for no value. */
    public static FieldValues copyOf(FieldNames names, List<?> values) {
        return owning(names, values.toArray());
    }

    /** Takes {@code values} without a copy: the caller must not change it afterwards. */
    static FieldValues owning(FieldNames names, Object[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " fields");
        }
        return new FieldValues(names, values);
    }

    private FieldValues(FieldNames names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    public FieldNames names() {
        return names;
    }

    /** The value at {@code position} in field order. */
    public Object value(int position) {
        return values[position];
    }

    @Override
    public Object get(Object key) {
        int position = names.indexOf(key);
        return position < 0 ? null : values[position];
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(names.name(i), values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(names.name(at), values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
