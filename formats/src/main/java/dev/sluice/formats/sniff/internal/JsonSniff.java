package dev.sluice.formats.sniff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.sluice.formats.sniff.JsonShape;
import dev.sluice.formats.sniff.Sniffed;
import java.io.IOException;

/**
 * Tells JSON by parsing the head with Jackson. {@code [}: the head must parse as the start of an
 * array. {@code {}: the first object must parse; if it ends on its first line, and nothing else is on
 * that line, the file is NDJSON, else a single multi-line object. When the head is only part of the
 * file, running out of bytes inside a value is expected and not an error.
 */
public final class JsonSniff {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** An error this close to the end of a cut head may be a token cut in two, like {@code tr} for {@code true}. */
    private static final int CUT_TOKEN_BYTES = 64;

    private JsonSniff() {
    }

    /**
     * @param from  where the JSON starts in {@code head}: after a byte order mark
     * @param whole whether the head is the whole file
     */
    public static Sniffed sniff(byte[] head, int from, int length, boolean whole) throws IOException {
        try (JsonParser parser = FACTORY.createParser(head, from, length - from)) {
            try {
                JsonToken first = parser.nextToken();
                return first == JsonToken.START_ARRAY ? array(parser, whole) : object(parser, head, from, length, whole);
            } catch (JsonProcessingException e) {
                long at = from + (e.getLocation() == null ? 0 : e.getLocation().getByteOffset());
                if (!whole && (e instanceof JsonEOFException || at >= length - CUT_TOKEN_BYTES)) {
                    return new Sniffed.Json(startShape(head, from, length));
                }
                return new Sniffed.Unknown("it starts like JSON but is not JSON: " + e.getOriginalMessage() + " (at byte " + at + ")");
            }
        }
    }

    private static Sniffed array(JsonParser parser, boolean whole) throws IOException {
        parser.skipChildren();
        return rest(parser, JsonShape.ARRAY, whole);
    }

    private static Sniffed object(JsonParser parser, byte[] head, int from, int length, boolean whole) throws IOException {
        int start = from + (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        int end = from + (int) parser.currentLocation().getByteOffset();
        if (hasLineBreak(head, start, end)) {
            return rest(parser, JsonShape.OBJECT, whole);
        }
        int lineEnd = lineEnd(head, end, length);
        for (int i = end; i < lineEnd; i++) {
            if (!Character.isWhitespace(head[i])) {
                return new Sniffed.Unknown("it starts like NDJSON, but its first line holds more than one JSON value");
            }
        }
        return new Sniffed.Json(JsonShape.NDJSON);
    }

    /** What follows the first value: nothing for an array or an object, as far as the head shows. */
    private static Sniffed rest(JsonParser parser, JsonShape shape, boolean whole) throws IOException {
        JsonToken next = parser.nextToken();
        if (next != null) {
            long at = parser.currentTokenLocation().getByteOffset();
            return new Sniffed.Unknown("it starts like JSON, but more JSON follows its first value (at byte " + at + ")");
        }
        return new Sniffed.Json(shape);
    }

    /** The shape of a head cut inside its first value: an array, or an object on one line so far (NDJSON) or on several. */
    private static JsonShape startShape(byte[] head, int from, int length) {
        int first = from;
        while (Character.isWhitespace(head[first])) {
            first++;
        }
        if (head[first] == '[') {
            return JsonShape.ARRAY;
        }
        return hasLineBreak(head, first, length) ? JsonShape.OBJECT : JsonShape.NDJSON;
    }

    private static boolean hasLineBreak(byte[] head, int from, int to) {
        for (int i = from; i < to; i++) {
            if (head[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int lineEnd(byte[] head, int from, int length) {
        int i = from;
        while (i < length && head[i] != '\n') {
            i++;
        }
        return i;
    }
}
