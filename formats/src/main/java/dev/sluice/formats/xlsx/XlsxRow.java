package dev.sluice.formats.xlsx;

import dev.sluice.formats.xlsx.internal.CellValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One data row of a sheet.
 *
 * @param rowIndex 0-based row of the sheet: Excel's row number minus 1, so the header row of a sheet
 *                 that starts at A1 is 0 and its first data row 1, as CSV rows count
 * @param values   one per field, in column order: {@code String}, {@code Long}, {@code BigDecimal},
 *                 {@code Boolean} or null (an empty cell); a date is ISO-8601 text. A row with values
 *                 right of the last field has more values than fields
 */
public record XlsxRow(long rowIndex, List<Object> values) {
    public XlsxRow {
        // Unmodifiable but null-friendly: an empty cell is a null value, which List.copyOf refuses.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * The values as text, by the rule that names header cells: text as it is, a {@code Long} in digits,
     * a {@code BigDecimal} in plain digits as stored (never an exponent), a boolean {@code true} or
     * {@code false}, a date its ISO-8601 text; an empty cell stays null.
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(values.size());
        values.forEach(value -> texts.add(value == null ? null : CellValues.text(value)));
        return Collections.unmodifiableList(texts);
    }
}
