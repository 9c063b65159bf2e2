package dev.sluice.formats.csv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pass of {@link BoundaryScanner} for each allowed delimiter at once, for the upload path: a file
 * is scanned as it arrives, before any extract job says which delimiter it uses. The scans differ
 * only where a quote sits inside an unquoted field (like {@code 55" TV}), but there they do differ.
 */
public final class AllDelimitersScanner {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final Map<Character, BoundaryScanner> scanners = new LinkedHashMap<>();

    /**
     * @param quote            the quote byte, usually {@code '"'}
     * @param targetRangeBytes a range ends at the first record boundary at or after its start plus this many bytes
     */
    public AllDelimitersScanner(byte quote, long targetRangeBytes) {
        for (char delimiter : DELIMITERS) {
            scanners.put(delimiter, new BoundaryScanner((byte) delimiter, quote, targetRangeBytes));
        }
    }

    /** Scans the next {@code len} bytes of the file. */
    public void feed(byte[] buf, int off, int len) {
        for (BoundaryScanner scanner : scanners.values()) {
            scanner.feed(buf, off, len);
        }
    }

    /** Ends the scan for every delimiter. */
    public void finish() {
        scanners.values().forEach(BoundaryScanner::finish);
    }

    /** The finished scan for one delimiter; its {@code finish()} returns the splits. */
    public BoundaryScanner forDelimiter(char delimiter) {
        BoundaryScanner scanner = scanners.get(delimiter);
        if (scanner == null) {
            throw new IllegalArgumentException("no scan for delimiter '" + delimiter + "'");
        }
        return scanner;
    }
}
