package dev.sluice.worker.enrich;

import dev.sluice.common.record.Segment;
import java.util.List;

/**
 * The reference sheet of a {@code lookup} enrichment, as the planner gives it to each batch.
 *
 * @param sheetId  the reference sheet
 * @param segments where its records are, in row order
 * @param key      the reference field that holds the join key
 * @param on       the source field that holds the join key
 */
public record Reference(String sheetId, List<Segment> segments, String key, String on) {

    public Reference {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** A join key as text: trimmed, case kept; null when the value is missing or blank. */
    static String joinKey(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
