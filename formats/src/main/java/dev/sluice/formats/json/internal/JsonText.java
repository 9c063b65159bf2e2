package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * An array as compact JSON text, such as {@code ["a","b"]} or {@code [{"sku":"X1","qty":2}]}: a sheet
 * cell holds one value, and text keeps everything the array held, in order, for a later step to use.
 * Strings keep their characters (no {@code \}u escapes beyond what JSON requires) and numbers keep the
 * digits as written.
 */
final class JsonText {
    private static final JsonFactory WRITER = new JsonFactory();
    /** How many tokens are copied between two looks at the row's size. */
    private static final int CHECK_EVERY = 256;

    private JsonText() {
    }

    /**
     * Copies the array whose {@code START_ARRAY} the parser is on, leaving it on the {@code END_ARRAY}.
     * Returns null, the parser still stepped to the array's end, if the parser passes
     * {@code limitOffset} on the way: the text would be too long to keep.
     */
    static String of(JsonParser parser, long limitOffset) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = WRITER.createGenerator(text)) {
            int open = 0;
            long tokens = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                copy(token, parser, out);
                if (open == 0) {
                    break;
                }
                if (++tokens % CHECK_EVERY == 0 && parser.currentLocation().getByteOffset() > limitOffset) {
                    stepOut(parser, open);
                    return null;
                }
                token = next(parser);
            }
        }
        return text.toString();
    }

    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new JsonParseException(parser, "the input ends inside an array");
        }
        return token;
    }

    private static void copy(JsonToken token, JsonParser parser, JsonGenerator out) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            out.writeNumber(parser.getText());
        } else {
            out.copyCurrentEvent(parser);
        }
    }

    private static void stepOut(JsonParser parser, int open) throws IOException {
        while (open > 0) {
            JsonToken token = next(parser);
            open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        }
    }
}
