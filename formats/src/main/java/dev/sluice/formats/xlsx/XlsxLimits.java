package dev.sluice.formats.xlsx;

/**
 * Zip-bomb limits, checked on a workbook's zip entries before anything is parsed. An XLSX file is a
 * zip of XML parts; a few kilobytes can unpack to gigabytes. Past a limit the file is refused with an
 * {@link XlsxFormatException}.
 *
 * @param maxUncompressedBytes what all parts may unpack to together; default 1 GiB (1,073,741,824 bytes)
 * @param maxCompressionRatio  how many times larger than its compressed bytes one part may unpack to;
 *                             default 100 (a real sheet is 5 to 30 times); a part that unpacks to less
 *                             than {@link #RATIO_GRACE_BYTES} is not held to it, since it cannot hurt
 * @param maxEntries           parts (zip entries) in the file; default 10,000
 */
public record XlsxLimits(long maxUncompressedBytes, int maxCompressionRatio, int maxEntries) {
    public static final XlsxLimits DEFAULTS = new XlsxLimits(1L << 30, 100, 10_000);

    /** Parts smaller than this when unpacked (100 KiB) may have any ratio: a page of repeated styles compresses well and is harmless. */
    public static final long RATIO_GRACE_BYTES = 100 << 10;

    public XlsxLimits {
        if (maxUncompressedBytes < 1 || maxCompressionRatio < 1 || maxEntries < 1) {
            throw new IllegalArgumentException("XLSX limits must be positive, not " + maxUncompressedBytes + "/"
                    + maxCompressionRatio + "/" + maxEntries);
        }
    }
}
