package dev.sluice.coordinator.plan.csv;

import dev.sluice.common.file.FileMeta;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.Split;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CsvIndexObserver} stored in a file's index, read back for one format. Empty when the
 * file has no index, or when the format cannot use it (a quote other than {@code "}, or an encoding
 * in which bytes and characters differ, such as utf-16): such a file extracts as one range.
 *
 * @param splits where ranges may start, first (0, 0)
 * @param rows   non-empty records in the file, header and skipped rows included
 * @param head   the file's first bytes, cut after the last line feed when the file is longer
 */
record CsvIndex(List<Split> splits, long rows, byte[] head) {

    static final String KEY = "csv";
    static final int RANGE_BYTES = 512 * 1024;
    static final int HEAD_BYTES = 64 * 1024;
    static final char[] DELIMITERS = {',', ';', '\t', '|'};

    @SuppressWarnings("unchecked")
    static Optional<CsvIndex> of(FileMeta file, CsvFormat format) {
        Object csv = file.index().get(KEY);
        if (!(csv instanceof Map<?, ?> map) || format.quote() != '"' || !format.asciiCompatible()) {
            return Optional.empty();
        }
        Map<String, Object> scan = (Map<String, Object>) ((Map<String, Object>) map.get("delimiters"))
                .get(String.valueOf(format.delimiter()));
        if (scan == null) {
            return Optional.empty();
        }
        List<Split> splits = new ArrayList<>();
        for (List<Number> pair : (List<List<Number>>) scan.get("splits")) {
            splits.add(new Split(pair.get(0).longValue(), pair.get(1).longValue()));
        }
        byte[] head = Base64.getDecoder().decode((String) map.get("head"));
        return Optional.of(new CsvIndex(splits, ((Number) scan.get("rows")).longValue(), cutAtLastLine(head, file.size())));
    }

    /** A head shorter than the file may end inside a character; keep it to whole lines. */
    private static byte[] cutAtLastLine(byte[] head, long fileSize) {
        if (head.length >= fileSize) {
            return head;
        }
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return java.util.Arrays.copyOf(head, i + 1);
            }
        }
        return new byte[0];
    }

    boolean headIsWholeFile(FileMeta file) {
        return head.length >= file.size();
    }
}
