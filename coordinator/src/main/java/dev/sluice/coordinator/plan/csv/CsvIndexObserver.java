package dev.sluice.coordinator.plan.csv;

import dev.sluice.common.file.UploadObserver;
import dev.sluice.formats.csv.AllDelimitersScanner;
import dev.sluice.formats.csv.BoundaryScanner;
import dev.sluice.formats.csv.Split;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns, while a file uploads, what a CSV extract needs to cut it into ranges without reading it
 * again: for each delimiter, the record boundaries every {@link CsvIndex#RANGE_BYTES} and the row
 * count; and the file's first bytes, from which the planner reads the header row.
 */
public final class CsvIndexObserver implements UploadObserver {

    private final AllDelimitersScanner scanner = new AllDelimitersScanner((byte) '"', CsvIndex.RANGE_BYTES);
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();

    @Override
    public void bytes(byte[] buf, int off, int len) {
        scanner.feed(buf, off, len);
        int room = CsvIndex.HEAD_BYTES - head.size();
        if (room > 0) {
            head.write(buf, off, Math.min(room, len));
        }
    }

    @Override
    public Map<String, Object> finish() {
        scanner.finish();
        Map<String, Object> delimiters = new LinkedHashMap<>();
        for (char delimiter : CsvIndex.DELIMITERS) {
            BoundaryScanner scan = scanner.forDelimiter(delimiter);
            List<List<Long>> splits = new ArrayList<>();
            for (Split split : scan.finish()) {
                splits.add(List.of(split.byteOffset(), split.rowIndex()));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("splits", splits);
            entry.put("rows", scan.totalRows());
            entry.put("endsInsideQuote", scan.endsInsideQuote());
            delimiters.put(String.valueOf(delimiter), entry);
        }
        Map<String, Object> csv = new LinkedHashMap<>();
        csv.put("quote", "\"");
        csv.put("rangeBytes", CsvIndex.RANGE_BYTES);
        csv.put("delimiters", delimiters);
        csv.put("head", Base64.getEncoder().encodeToString(head.toByteArray()));
        return Map.of(CsvIndex.KEY, csv);
    }
}
