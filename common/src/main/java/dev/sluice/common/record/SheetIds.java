package dev.sluice.common.record;

import java.util.OptionalInt;

/**
 * The ids of the sheets one job writes, from one base id ({@code sh_<job>}): the sheet at tab position 0
 * has the base itself, the one at position {@code p} the base and {@code _<p+1>} ({@code sh_X_2} for the
 * second). They are the same on every run of the job, and the position can be read back from the id.
 */
public final class SheetIds {

    private SheetIds() {
    }

    public static String of(String base, int position) {
        if (position < 0) {
            throw new IllegalArgumentException("a tab position is not negative, got " + position);
        }
        return position == 0 ? base : base + "_" + (position + 1);
    }

    /** The tab position of {@code id} among the sheets made from {@code base}; empty when it is not one of them. */
    public static OptionalInt position(String base, String id) {
        if (id.equals(base)) {
            return OptionalInt.of(0);
        }
        String prefix = base + "_";
        if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("[1-9][0-9]{0,8}")) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(id.substring(prefix.length()));
        return number >= 2 ? OptionalInt.of(number - 1) : OptionalInt.empty();
    }
}
