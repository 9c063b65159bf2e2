package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.formats.csv.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The line boundaries of an NDJSON file that {@link ContentObserver} found while it uploaded: where
 * ranges may start, each with the rows (non-blank lines) before it, and the file's rows.
 *
 * @param splits where ranges may start, first (0, 0), as CSV's index holds them
 */
record NdjsonIndex(List<Split> splits, long rows) {

    static final String KEY = "ndjson";

    @SuppressWarnings("unchecked")
    static Optional<NdjsonIndex> of(FileMeta file) {
        if (!(file.index().get(KEY) instanceof Map<?, ?> ndjson)) {
            return Optional.empty();
        }
        List<Split> splits = new ArrayList<>();
        for (List<Number> pair : (List<List<Number>>) ndjson.get("splits")) {
            splits.add(new Split(pair.get(0).longValue(), pair.get(1).longValue()));
        }
        return Optional.of(new NdjsonIndex(splits, ((Number) ndjson.get("rows")).longValue()));
    }
}
