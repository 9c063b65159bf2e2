package dev.sluice.common.record;

/**
 * Where one batch wrote a run of a sheet's records: offsets {@code fromOffset..toOffset} of one
 * partition of the records topic hold rows {@code firstRow .. firstRow + rows - 1}, in order, among
 * other sheets' records.
 */
public record Segment(int partition, long fromOffset, long toOffset, long firstRow, long rows) {
    public Segment {
        if (rows < 0 || (rows > 0 && toOffset < fromOffset)) {
            throw new IllegalArgumentException("invalid segment");
        }
    }
}
