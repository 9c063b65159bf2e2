/**
 * Sluice's XLSX: reading workbooks sheet by sheet and writing them, streaming, with fastexcel.
 *
 * <p>The flow: {@link dev.sluice.formats.xlsx.XlsxWorkbook#open} checks that the file is a zip holding
 * a workbook and that its entries stay within {@link dev.sluice.formats.xlsx.XlsxLimits} (zip-bomb
 * limits), then lists its {@link dev.sluice.formats.xlsx.XlsxSheet}s. An
 * {@link dev.sluice.formats.xlsx.XlsxSheetReader} reads one sheet's rows one at a time as
 * {@link dev.sluice.formats.xlsx.XlsxRow}s. {@link dev.sluice.formats.xlsx.XlsxWriter} streams rows
 * into a new workbook.
 *
 * <p>The rules, in short (the module's {@code README.md} has them in full):
 * <ul>
 *   <li>Values are {@code String}, {@code Long} (a whole number that fits), {@code BigDecimal},
 *       {@code Boolean} or null. A number in a date format is ISO-8601 text: a date, a date and time,
 *       or a time of day, as the format shows. Formulas are not evaluated: the value saved with them
 *       is read. An error value is its text ({@code #DIV/0!}).</li>
 *   <li>The first row with a value names the fields, by CSV's rules; without headers they are
 *       {@code column_1..n}. Rows without values are skipped; {@code rowIndex} is the sheet row
 *       minus 1.</li>
 *   <li>The writer writes text only as text cells, never formulas, so formula injection cannot
 *       happen; it refuses values a cell cannot hold rather than change them.</li>
 * </ul>
 *
 * <p>Everything under {@code internal} is not part of the API.
 */
package dev.sluice.formats.xlsx;
