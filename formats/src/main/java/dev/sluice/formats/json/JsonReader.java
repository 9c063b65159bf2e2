package dev.sluice.formats.json;

import dev.sluice.formats.json.internal.ArrayItems;
import dev.sluice.formats.json.internal.Bom;
import dev.sluice.formats.json.internal.Head;
import dev.sluice.formats.json.internal.ItemSource;
import dev.sluice.formats.json.internal.LineItems;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;

/**
 * Reads the rows of a JSON file, pulling one {@link JsonItem} at a time: the objects of an array, or
 * one object per line (NDJSON). Memory holds one row and a read buffer, never the file. The rules
 * (layout, flattening, value types, errors) are in the package documentation.
 */
public final class JsonReader implements Closeable {
    private final InputStream source;
    private final JsonLayout layout;
    private final ItemSource items;

    private JsonReader(InputStream source, JsonLayout layout, ItemSource items) {
        this.source = source;
        this.layout = layout;
        this.items = items;
    }

    /**
     * Opens a whole file, telling its layout from its first byte that is not whitespace.
     *
     * @param file the file from byte 0; closed by {@link #close()}
     * @throws JsonFormatException when the file starts with neither {@code [} nor {@code {}
     */
    public static JsonReader open(InputStream file, JsonLimits limits) throws IOException {
        PushbackInputStream in = Bom.pushback(file);
        Head head = Head.read(in, limits.maxRowBytes());
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head.replay()), in);
        ItemSource items = head.layout() == JsonLayout.ARRAY
                ? ArrayItems.open(rest, head.offset(), limits)
                : LineItems.open(rest, head.offset(), limits);
        return new JsonReader(file, head.layout(), items);
    }

    /** {@link #open(InputStream, JsonLimits)} with {@link JsonLimits#DEFAULTS}. */
    public static JsonReader open(InputStream file) throws IOException {
        return open(file, JsonLimits.DEFAULTS);
    }

    /**
     * Opens one range of an NDJSON file (see {@link NdjsonRange} for which lines it holds). Nothing is
     * detected: the caller knows the file is NDJSON, from a whole-file {@link #layout()} or a sniff.
     *
     * @param fromReadOffset the file's bytes from {@link NdjsonRange#readFrom()} on; closed by {@link #close()}
     */
    public static JsonReader ndjsonRange(InputStream fromReadOffset, NdjsonRange range, JsonLimits limits) throws IOException {
        return new JsonReader(fromReadOffset, JsonLayout.NDJSON, LineItems.range(fromReadOffset, range, limits));
    }

    /** {@link #ndjsonRange(InputStream, NdjsonRange, JsonLimits)} with {@link JsonLimits#DEFAULTS}. */
    public static JsonReader ndjsonRange(InputStream fromReadOffset, NdjsonRange range) throws IOException {
        return ndjsonRange(fromReadOffset, range, JsonLimits.DEFAULTS);
    }

    /** How the file holds its rows. */
    public JsonLayout layout() {
        return layout;
    }

    /**
     * The next row or row error, or null at the end.
     *
     * @throws JsonFormatException when an array stops being JSON; the reading is over
     */
    public JsonItem next() throws IOException {
        return items.next();
    }

    @Override
    public void close() throws IOException {
        try (source) {
            items.close();
        }
    }
}
