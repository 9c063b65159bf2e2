package dev.sluice.worker.handlers;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.SheetIds;
import dev.sluice.common.spi.BatchFailure;

/**
 * What the coordinator's extract planner gives each batch of an xlsx file.
 *
 * @param file           the stored workbook
 * @param sheetIndex     the tab position (from 0) of the sheet this batch reads
 * @param andLaterSheets whether it also reads every sheet after that one (the plan's last batch)
 * @param headers        whether a sheet's first row with a value names its fields
 * @param sheetIdBase    the first sheet's id; the others' are made from it (see {@link #sheetId})
 */
record XlsxInput(FileMeta file, int sheetIndex, boolean andLaterSheets, Boolean headers, String sheetIdBase) {

    XlsxInput validated() throws BatchFailure {
        Inputs.require(file != null, "file", "is required");
        Inputs.require(sheetIndex >= 0, "sheetIndex", "must not be negative, got " + sheetIndex);
        Inputs.require(sheetIdBase != null && !sheetIdBase.isBlank(), "sheetIdBase", "is required");
        return this;
    }

    boolean readsHeaders() {
        return headers == null || headers;
    }

    /** The id of the sheet at tab position {@code index}: the base for the first, {@code base_2}, {@code base_3}, ... after it. */
    String sheetId(int index) {
        return SheetIds.of(sheetIdBase, index);
    }
}
