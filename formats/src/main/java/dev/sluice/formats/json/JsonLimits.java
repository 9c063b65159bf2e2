package dev.sluice.formats.json;

/**
 * Caps that keep one reader's memory bounded whatever the file holds. A row past one is a
 * {@link JsonRowError} and is not delivered; in an array a nesting past {@code maxDepth} ends the
 * reading with a {@link JsonFormatException}, since the parser cannot step over it.
 *
 * @param maxRowBytes     bytes in one row (an NDJSON line, or one element of an array), which also caps
 *                        one string value; default 16 MiB (16,777,216)
 * @param maxFieldsPerRow flat fields in one row; default 10,000
 * @param maxDepth        objects and arrays nested inside one row, the row's own object counting as 1;
 *                        default 64
 */
public record JsonLimits(int maxRowBytes, int maxFieldsPerRow, int maxDepth) {
    public static final JsonLimits DEFAULTS = new JsonLimits(16 << 20, 10_000, 64);

    public JsonLimits {
        if (maxRowBytes < 1 || maxFieldsPerRow < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("JSON limits must be positive, not " + maxRowBytes + "/"
                    + maxFieldsPerRow + "/" + maxDepth);
        }
    }
}
