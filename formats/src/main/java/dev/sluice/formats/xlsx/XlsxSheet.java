package dev.sluice.formats.xlsx;

/**
 * One sheet of a workbook, as its tab shows it.
 *
 * @param index 0-based position among the workbook's sheets, hidden ones included
 * @param name  the tab's name
 */
public record XlsxSheet(int index, String name) {
}
