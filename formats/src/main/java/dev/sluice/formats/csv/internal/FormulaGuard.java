package dev.sluice.formats.csv.internal;

import java.util.regex.Pattern;

/**
 * OWASP's advice against CSV injection: a spreadsheet runs a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or CR as a formula, so such a cell gets a leading {@code '}, which makes
 * the spreadsheet show it as text. A plain number such as {@code -12.5} or {@code +3} is left alone:
 * it cannot run, and a quote would turn it into text.
 */
public final class FormulaGuard {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)*|[.,]\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    public static String neutralize(String cell) {
        if (cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
