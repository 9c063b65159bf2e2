package dev.sluice.coordinator.streams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a data-writing job's batches reported so far, sheet by sheet in tab order: where they wrote
 * records, and the fields they read when only a worker could read them. Kept per job until the job ends.
 */
record Collected(List<CollectedSheet> sheets) {

    static final Collected NONE = new Collected(List.of());

    Collected {
        // A value stored in the earlier one-sheet shape has no sheets: it reads as nothing collected.
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** Adds what batch {@code batch} reported about one sheet. */
    Collected with(SheetReport report, int batch) {
        List<CollectedSheet> all = new ArrayList<>();
        boolean known = false;
        for (CollectedSheet sheet : sheets) {
            known |= sheet.id().equals(report.sheetId());
            all.add(sheet.id().equals(report.sheetId()) ? sheet.with(report, batch) : sheet);
        }
        if (!known) {
            all.add(CollectedSheet.first(report, batch));
        }
        all.sort(Comparator.comparingInt(CollectedSheet::index));
        return new Collected(all);
    }
}
