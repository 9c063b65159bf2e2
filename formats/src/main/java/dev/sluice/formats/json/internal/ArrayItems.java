package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.formats.json.JsonFormatException;
import dev.sluice.formats.json.JsonItem;
import dev.sluice.formats.json.JsonLimits;
import dev.sluice.formats.json.JsonRowError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The elements of one JSON array, read with Jackson's streaming parser one element at a time. An
 * element that is not an object is a row error and is stepped over; a syntax error ends the reading,
 * since no later element boundary can be trusted.
 */
public final class ArrayItems implements ItemSource {
    private final JsonParser parser;
    private final long base;
    private final Flattener flattener;
    private final Queue<JsonItem> ready = new ArrayDeque<>();
    private long nextRow;
    private long currentRow;
    private boolean finished;

    private ArrayItems(JsonParser parser, long base, JsonLimits limits) {
        this.parser = parser;
        this.base = base;
        this.flattener = new Flattener(limits);
    }

    /**
     * @param in   the file's bytes from its first {@code [} (or whitespace before it) on
     * @param base the absolute file offset of {@code in}'s first byte
     */
    public static ArrayItems open(InputStream in, long base, JsonLimits limits) throws IOException {
        ArrayItems items = new ArrayItems(Parsers.factory(limits, 1).createParser(in), base, limits);
        JsonToken first = items.guarded(items.parser::nextToken);
        if (first != JsonToken.START_ARRAY) {
            throw new JsonFormatException(0, base, "not a JSON array");
        }
        return items;
    }

    @Override
    public JsonItem next() throws IOException {
        while (ready.isEmpty() && !finished) {
            guarded(() -> {
                step();
                return null;
            });
        }
        return ready.poll();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private void step() throws IOException {
        currentRow = nextRow;
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            end();
            return;
        }
        if (token == null) {
            throw new JsonFormatException(currentRow, offset(), "the file ends inside the array; its closing ] is missing");
        }
        long offset = offset();
        long row = nextRow++;
        if (token == JsonToken.START_OBJECT) {
            Rows.add(ready, row, offset, flattener.read(parser, offset - base));
        } else {
            parser.skipChildren();
            ready.add(new JsonRowError(row, offset, "not an object but " + Tokens.describe(token)));
        }
    }

    private void end() throws IOException {
        finished = true;
        if (parser.nextToken() != null) {
            throw new JsonFormatException(nextRow, offset(), "more JSON after the array's closing ]; a JSON import is one array");
        }
    }

    private long offset() {
        return base + parser.currentTokenLocation().getByteOffset();
    }

    private <T> T guarded(ParserStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            finished = true;
            long at = base + JacksonMessages.offset(e, parser.currentLocation().getByteOffset());
            throw new JsonFormatException(currentRow, at, JacksonMessages.kind(e) + ": " + JacksonMessages.of(e));
        }
    }

    private interface ParserStep<T> {
        T run() throws IOException;
    }
}
