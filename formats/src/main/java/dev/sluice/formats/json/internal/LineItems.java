package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.formats.json.JsonItem;
import dev.sluice.formats.json.JsonLimits;
import dev.sluice.formats.json.JsonRowError;
import dev.sluice.formats.json.NdjsonRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The lines of newline-delimited JSON, each parsed on its own: a line that is not one JSON object is
 * a row error, and reading goes on with the next line. Blank lines are not rows.
 */
public final class LineItems implements ItemSource {
    private final Lines lines;
    private final JsonFactory factory;
    private final Flattener flattener;
    private final int maxRowBytes;
    private final Queue<JsonItem> ready = new ArrayDeque<>();
    private long nextRow;

    private LineItems(Lines lines, long firstRow, JsonLimits limits) {
        this.lines = lines;
        this.factory = Parsers.factory(limits, 0);
        this.flattener = new Flattener(limits);
        this.maxRowBytes = limits.maxRowBytes();
        this.nextRow = firstRow;
    }

    /** Lines from {@code in}, whose first byte is at absolute {@code position} and starts a line, to the end. */
    public static LineItems open(InputStream in, long position, JsonLimits limits) {
        return new LineItems(new Lines(in, position, Long.MAX_VALUE, limits.maxRowBytes()), 0, limits);
    }

    /** The lines of one range; {@code fromReadOffset} begins at {@link NdjsonRange#readFrom()}. */
    public static LineItems range(InputStream fromReadOffset, NdjsonRange range, JsonLimits limits) throws IOException {
        if (range.start() == 0) {
            PushbackInputStream in = Bom.pushback(fromReadOffset);
            int bom = Bom.skip(in);
            return new LineItems(Lines.afterByteOrderMark(in, bom, range.end(), limits.maxRowBytes()), range.firstRowIndex(), limits);
        }
        Lines lines = new Lines(fromReadOffset, range.readFrom(), range.end(), limits.maxRowBytes());
        lines.skipPartialLine(); // at the end of the input, no line follows and the range is empty
        return new LineItems(lines, range.firstRowIndex(), limits);
    }

    @Override
    public JsonItem next() throws IOException {
        while (ready.isEmpty()) {
            Line line = lines.next();
            if (line == null) {
                return null;
            }
            if (!line.blank()) {
                read(line, nextRow++);
            }
        }
        return ready.poll();
    }

    @Override
    public void close() {
        // Each line's parser is closed as soon as the line is read; the stream is the reader's to close.
    }

    private void read(Line line, long row) throws IOException {
        if (line.tooLong()) {
            ready.add(new JsonRowError(row, line.offset(), "the line is longer than " + maxRowBytes + " bytes"));
            return;
        }
        try (JsonParser parser = factory.createParser(line.bytes(), 0, line.length())) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                ready.add(new JsonRowError(row, line.offset(), "not an object but " + Tokens.describe(first)));
                return;
            }
            Flattened flattened = flattener.read(parser, 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                long at = line.offset() + parser.currentTokenLocation().getByteOffset();
                ready.add(new JsonRowError(row, line.offset(), "more JSON after the object (at byte " + at + "); a line holds one object"));
                return;
            }
            Rows.add(ready, row, line.offset(), flattened);
        } catch (JsonProcessingException e) {
            long at = line.offset() + JacksonMessages.offset(e, 0);
            ready.add(new JsonRowError(row, line.offset(), JacksonMessages.kind(e) + " (at byte " + at + "): " + JacksonMessages.of(e)));
        }
    }
}
