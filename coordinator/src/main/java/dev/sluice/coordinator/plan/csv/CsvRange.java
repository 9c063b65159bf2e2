package dev.sluice.coordinator.plan.csv;

/**
 * Bytes {@code start} to {@code end} of a CSV file, whose first record is row {@code firstRow} of the
 * file (counting every non-empty record, header and skipped rows included). NDJSON files are cut the
 * same way, at the line boundaries found at upload.
 */
public record CsvRange(long start, long end, long firstRow) {

    /** Ranges of at least {@code rowsPerRange} rows each, cut at the index's splits; one range without an index. */
    public static java.util.List<CsvRange> cut(java.util.List<dev.sluice.formats.csv.Split> splits, long fileSize, long totalRows,
                                         long rowsPerRange) {
        java.util.List<CsvRange> ranges = new java.util.ArrayList<>();
        long start = 0;
        long startRow = 0;
        for (int i = 1; i <= splits.size(); i++) {
            boolean last = i == splits.size();
            long offset = last ? fileSize : splits.get(i).byteOffset();
            long row = last ? totalRows : splits.get(i).rowIndex();
            if (last || row - startRow >= rowsPerRange) {
                ranges.add(new CsvRange(start, offset, startRow));
                start = offset;
                startRow = row;
            }
        }
        return ranges;
    }
}
