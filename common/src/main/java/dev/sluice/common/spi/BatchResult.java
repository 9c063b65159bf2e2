package dev.sluice.common.spi;

/**
 * What a batch did.
 *
 * @param records records processed, successfully or not
 * @param errors  records among them that failed
 */
public record BatchResult(long records, long errors) {
    public BatchResult {
        if (records < 0 || errors < 0 || errors > records) {
            throw new IllegalArgumentException("need 0 <= errors <= records, got " + errors + " of " + records);
        }
    }
}
