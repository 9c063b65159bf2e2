package dev.sluice.common.spi;

import dev.sluice.common.error.RecordError;
import java.util.List;
import java.util.Map;

/**
 * What a batch did. A batch may succeed for some records and fail for others: it still returns a
 * result, counting the failed records in {@code errors} and describing them in {@code failed}.
 *
 * @param records records processed, successfully or not
 * @param errors  records among them that failed
 * @param output  small facts the coordinator folds into the job's result (ids written, a header,
 *                where records went); never the records themselves. Empty by default
 * @param failed  the failures of the failed records, one entry per message (a record may have
 *                several, one per field); they are stored for the job's errors and failed records.
 *                Empty when the handler only counts
 */
public record BatchResult(long records, long errors, Map<String, Object> output, List<RecordError> failed) {
    public BatchResult {
        if (records < 0 || errors < 0 || errors > records) {
            throw new IllegalArgumentException("need 0 <= errors <= records, got " + errors + " of " + records);
        }
        output = output == null ? Map.of() : output;
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    public BatchResult(long records, long errors, Map<String, Object> output) {
        this(records, errors, output, List.of());
    }

    public BatchResult(long records, long errors) {
        this(records, errors, Map.of(), List.of());
    }

    /** {@code records} processed, of which those with an entry in {@code failed} failed. */
    public static BatchResult withFailures(long records, List<RecordError> failed) {
        long distinct = failed.stream().map(RecordError::recordId).distinct().count();
        return new BatchResult(records, distinct, Map.of(), failed);
    }
}
