package dev.sluice.formats.csv.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns a header row into unique column names. */
public final class HeaderNames {
    private HeaderNames() {
    }

    /**
     * Strips each name; a blank one becomes {@code column_N} (N its 1-based position); a name already
     * taken gets the first free suffix {@code _2}, {@code _3}, ... Names are compared case-sensitively.
     */
    public static List<String> of(List<String> row) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip();
            String base = name.isEmpty() ? columnName(i) : name;
            String unique = base;
            for (int n = 2; taken.contains(unique); n++) {
                unique = base + "_" + n;
            }
            taken.add(unique);
            names.add(unique);
        }
        return names;
    }

    /** {@code column_1} .. {@code column_count}, for files without a header row. */
    public static List<String> numbered(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(columnName(i));
        }
        return names;
    }

    private static String columnName(int index) {
        return "column_" + (index + 1);
    }
}
