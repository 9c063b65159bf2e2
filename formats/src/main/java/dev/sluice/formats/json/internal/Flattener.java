package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.formats.json.JsonLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON object into flat fields: a nested object's fields are named {@code outer.inner};
 * an empty nested object is the field {@code outer} with the value null; an array is its JSON text
 * ({@link JsonText}); a string is a {@code String}, an integer a {@code Long} (a {@code BigDecimal}
 * past the range of long), a number with a fraction or exponent a {@code BigDecimal} with exactly the
 * digits written, true and false a {@code Boolean}, null null. A name seen twice keeps its first place
 * and its last value, as {@code JSON.parse} does, and is reported.
 */
final class Flattener {
    private final JsonLimits limits;

    Flattener(JsonLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the object whose {@code START_OBJECT} the parser is on, up to and including its
     * {@code END_OBJECT}, whatever it holds.
     *
     * @param rowStart the parser's byte offset of the object's first byte, to measure the row against its limit
     */
    Flattened read(JsonParser parser, long rowStart) throws IOException {
        Fields fields = new Fields(parser, rowStart);
        try {
            fields.object("", 1);
        } catch (RowTooLarge e) {
            return new Flattened(null, e.getMessage());
        }
        return new Flattened(fields.values, fields.duplicatesProblem());
    }

    /** The state of reading one row. */
    private final class Fields {
        private final JsonParser parser;
        private final long rowStart;
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final List<String> duplicates = new ArrayList<>();

        Fields(JsonParser parser, long rowStart) {
            this.parser = parser;
            this.rowStart = rowStart;
        }

        /**
         * Reads the fields of the object whose start the parser is on; {@code depth} counts the open
         * objects. Returns how many fields the object had.
         */
        int object(String prefix, int depth) throws IOException, RowTooLarge {
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                count++;
                String name = prefix + parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT) {
                    if (object(name + ".", depth + 1) == 0) {
                        put(name, null, depth); // {} keeps its name, so the field is not lost from the sheet
                    }
                } else if (token == JsonToken.START_ARRAY) {
                    put(name, array(depth), depth);
                } else {
                    put(name, scalar(token), depth);
                }
            }
            return count;
        }

        private String array(int depth) throws IOException, RowTooLarge {
            String text = JsonText.of(parser, rowStart + limits.maxRowBytes());
            if (text == null) {
                skipRest(depth);
                throw tooLong();
            }
            return text;
        }

        private Object scalar(JsonToken token) throws IOException {
            switch (token) {
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? parser.getDecimalValue() : (Object) parser.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return parser.getDecimalValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }

        private void put(String name, Object value, int depth) throws IOException, RowTooLarge {
            if (values.containsKey(name)) {
                duplicates.add(name);
            } else if (values.size() == limits.maxFieldsPerRow()) {
                skipRest(depth);
                throw new RowTooLarge("more than " + limits.maxFieldsPerRow() + " fields in one row");
            }
            values.put(name, value);
            if (parser.currentLocation().getByteOffset() - rowStart > limits.maxRowBytes()) {
                skipRest(depth);
                throw tooLong();
            }
        }

        private RowTooLarge tooLong() {
            return new RowTooLarge("the row is longer than " + limits.maxRowBytes() + " bytes");
        }

        /** Steps over what is left of the row, so the next element of an array can be read. */
        private void skipRest(int depth) throws IOException {
            for (int open = depth; open > 0; open--) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        }

        String duplicatesProblem() {
            if (duplicates.isEmpty()) {
                return null;
            }
            String more = duplicates.size() > 1 ? " (and " + (duplicates.size() - 1) + " more)" : "";
            return "field \"" + duplicates.get(0) + "\" appears more than once" + more + "; the last value is kept";
        }
    }
}
