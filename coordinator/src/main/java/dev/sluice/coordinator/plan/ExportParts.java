package dev.sluice.coordinator.plan;

import dev.sluice.common.record.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * How an export is cut into parts that batches write at once: runs of the sheet's segments, in row
 * order, of at least {@code batchSize} rows each and at most {@link #MAX_PARTS} in all. JSON and CSV
 * are written so; XLSX, a zip whose sheet cannot be joined from pieces, is one batch.
 */
final class ExportParts {

    /** More parts would mostly add per-batch costs: a 1M-row sheet gets parts of 60k rows or more. */
    static final int MAX_PARTS = 16;

    private ExportParts() {
    }

    /** The segments of each part, in order; one list holding every segment when the sheet makes one part. */
    static List<List<Segment>> of(List<Segment> segments, long records, int batchSize) {
        long target = Math.max(batchSize, (records + MAX_PARTS - 1) / MAX_PARTS);
        List<List<Segment>> parts = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        long rows = 0;
        for (Segment segment : segments) {
            current.add(segment);
            rows += segment.rows();
            if (rows >= target) {
                parts.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
        }
        if (!current.isEmpty()) {
            if (parts.isEmpty() || rows >= target) {
                parts.add(current);
            } else {
                parts.get(parts.size() - 1).addAll(current);
            }
        }
        return parts.isEmpty() ? List.of(List.of()) : parts;
    }
}
