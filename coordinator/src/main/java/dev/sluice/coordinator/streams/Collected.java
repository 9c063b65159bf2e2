package dev.sluice.coordinator.streams;

import dev.sluice.common.record.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a data-writing job's batches reported so far: where they wrote records, and the fields
 * when only a worker could read them. Kept per job until the job ends.
 */
record Collected(List<Segment> segments, List<String> fields) {

    static final Collected NONE = new Collected(List.of(), null);

    Collected {
        segments = List.copyOf(segments);
    }

    Collected with(Segment segment, List<String> reportedFields) {
        List<Segment> all = new ArrayList<>(segments);
        if (segment != null && segment.rows() > 0) {
            all.add(segment);
        }
        all.sort(Comparator.comparingLong(Segment::firstRow));
        return new Collected(all, fields != null ? fields : reportedFields);
    }
}
