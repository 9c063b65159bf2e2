package dev.sluice.common.record;

/**
 * Where one batch wrote a run of a sheet's records: offsets {@code fromOffset..toOffset} of one
 * partition of the records topic hold rows {@code firstRow .. firstRow + rows - 1}, in order, among
 * other sheets' records and, when a batch ran twice at once (a re-delivered task beside its
 * retry), another run's copies of the same rows.
 *
 * @param writer the run that wrote the segment, as the {@link #WRITER_HEADER} header of each of its
 *               records says; readers take only its records. Null for segments that did not say
 */
public record Segment(int partition, long fromOffset, long toOffset, long firstRow, long rows, String writer) {

    /** The record header that names the run that wrote a record. */
    public static final String WRITER_HEADER = "sluice.writer";

    public Segment {
        if (rows < 0 || (rows > 0 && toOffset < fromOffset)) {
            throw new IllegalArgumentException("invalid segment");
        }
    }

    public Segment(int partition, long fromOffset, long toOffset, long firstRow, long rows) {
        this(partition, fromOffset, toOffset, firstRow, rows, null);
    }
}
