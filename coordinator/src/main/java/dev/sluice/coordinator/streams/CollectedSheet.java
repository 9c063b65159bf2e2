package dev.sluice.coordinator.streams;

import dev.sluice.common.record.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the batches of a job reported about one sheet: its tab position and name, the segments they
 * wrote (in row order), and each field name with the first batch that named it and its place in that
 * batch's list. Ordering names by those two gives the union of the batches' fields in batch order, as
 * reading the file from start to end would, whatever order the reports arrive in.
 */
record CollectedSheet(String id, String name, int index, List<Segment> segments, List<SeenField> seen) {

    /** A field name, first named by batch {@code batch} ({@code -1}: kept from the run a retry resumes) at {@code position}. */
    record SeenField(String name, int batch, int position) {
    }

    CollectedSheet {
        segments = List.copyOf(segments);
        seen = List.copyOf(seen);
    }

    static CollectedSheet first(SheetReport report, int batch) {
        return new CollectedSheet(report.sheetId(), report.sheetName(), report.index(), List.of(), List.of()).with(report, batch);
    }

    CollectedSheet with(SheetReport report, int batch) {
        List<Segment> all = new ArrayList<>(segments);
        if (report.segment() != null && report.segment().rows() > 0) {
            all.add(report.segment());
        }
        all.sort(Comparator.comparingLong(Segment::firstRow));
        return new CollectedSheet(id, name != null ? name : report.sheetName(), index, all, seen(report.fields(), batch));
    }

    /** The union of the reported fields in batch order; null when no batch reported any. */
    List<String> fields() {
        if (seen.isEmpty()) {
            return null;
        }
        return seen.stream().sorted(Comparator.comparingInt(SeenField::batch).thenComparingInt(SeenField::position))
                .map(SeenField::name).toList();
    }

    /** The records the batches wrote. */
    long records() {
        return segments.stream().mapToLong(Segment::rows).sum();
    }

    private List<SeenField> seen(List<String> reported, int batch) {
        if (reported == null) {
            return seen;
        }
        Map<String, SeenField> byName = new LinkedHashMap<>();
        seen.forEach(field -> byName.put(field.name(), field));
        for (int i = 0; i < reported.size(); i++) {
            SeenField now = new SeenField(reported.get(i), batch, i);
            byName.merge(now.name(), now, (before, later) -> later.batch() < before.batch() ? later : before);
        }
        return new ArrayList<>(byName.values());
    }
}
