package dev.sluice.common.spi;

import java.util.Map;

/**
 * What a batch did.
 *
 * @param records records processed, successfully or not
 * @param errors  records among them that failed
 * @param output  small facts the coordinator folds into the job's result (ids written, a header,
 *                where records went); never the records themselves. Empty by default
 */
public record BatchResult(long records, long errors, Map<String, Object> output) {
    public BatchResult {
        if (records < 0 || errors < 0 || errors > records) {
            throw new IllegalArgumentException("need 0 <= errors <= records, got " + errors + " of " + records);
        }
        output = output == null ? Map.of() : output;
    }

    public BatchResult(long records, long errors) {
        this(records, errors, Map.of());
    }
}
