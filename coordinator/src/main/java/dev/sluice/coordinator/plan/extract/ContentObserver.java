package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.UploadObserver;
import dev.sluice.formats.json.NdjsonRange;
import dev.sluice.formats.json.NdjsonScanner;
import dev.sluice.formats.sniff.FileSniffer;
import dev.sluice.formats.sniff.JsonShape;
import dev.sluice.formats.sniff.Sniffed;
import dev.sluice.formats.sniff.ZipEntries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns, while a file uploads, what an extract needs to choose the file's format and cut it into
 * batches without reading it again (see {@link ContentIndex}): its type by content ({@link FileSniffer}
 * over the first 64 KiB and, for a zip, the directory at its end), the sheet parts of an xlsx, and for
 * NDJSON the line boundaries every {@link ContentIndex#RANGE_BYTES} with the rows before each.
 */
public final class ContentObserver implements UploadObserver {

    /** A zip keeps its directory at its end; 1 MiB holds the directory of any workbook under the part limit. */
    static final int TAIL_BYTES = 1 << 20;

    private final KeptBytes kept = new KeptBytes(FileSniffer.HEAD_BYTES, TAIL_BYTES);
    private final NdjsonScanner ndjson = new NdjsonScanner(ContentIndex.RANGE_BYTES);
    /** The file's first byte that is not whitespace, once seen; only NDJSON (a {@code {}) is scanned for lines. */
    private int first = -1;

    @Override
    public void bytes(byte[] buf, int off, int len) {
        kept.feed(buf, off, len);
        if (first < 0) {
            first = firstContent(kept.head());
        }
        if (first < 0 || first == '{') {
            ndjson.feed(buf, off, len);
        }
    }

    @Override
    public Map<String, Object> finish() {
        List<NdjsonRange> ranges = ndjson.finish();
        Sniffed sniffed = sniff();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", sniffed.type().wireName());
        if (sniffed instanceof Sniffed.Json json) {
            content.put("shape", json.shape().name().toLowerCase(Locale.ROOT));
        }
        if (sniffed instanceof Sniffed.Unknown unknown) {
            content.put("reason", unknown.reason());
        }
        if (sniffed instanceof Sniffed.Xlsx) {
            content.put("sheetParts", sheetParts());
        }
        content.put("startsLikeJson", first == '[' || first == '{');
        Map<String, Object> index = new LinkedHashMap<>();
        index.put(ContentIndex.KEY, content);
        if (sniffed instanceof Sniffed.Json json && json.shape() == JsonShape.NDJSON) {
            List<List<Long>> splits = new ArrayList<>();
            ranges.forEach(range -> splits.add(List.of(range.start(), range.firstRowIndex())));
            index.put(NdjsonIndex.KEY, Map.of("rangeBytes", ContentIndex.RANGE_BYTES, "splits", splits,
                    "rows", ndjson.totalRows()));
        }
        return index;
    }

    private Sniffed sniff() {
        try {
            return FileSniffer.sniff(kept.source());
        } catch (IOException e) {
            return new Sniffed.Unknown("it could not be sniffed while uploading: " + e.getMessage());
        }
    }

    /** Worksheets, chart sheets, dialog and macro sheets: one part for each tab of the workbook. */
    private int sheetParts() {
        try {
            return (int) ZipEntries.names(kept.source()).stream().filter(ContentObserver::isSheetPart).count();
        } catch (IOException e) {
            return 0;
        }
    }

    static boolean isSheetPart(String name) {
        return name.matches("xl/(worksheets|chartsheets|dialogsheets|macrosheets)/[^/]+\\.xml");
    }

    /** The first byte that is not whitespace, after a UTF-8 byte order mark; -1 when the head has none yet. */
    private static int firstContent(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length ? head[i] & 0xFF : -1;
    }
}
