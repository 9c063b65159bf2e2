package dev.sluice.formats.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
    private static final JsonLimits SMALL = new JsonLimits(200, 3, 3);

    @Test
    void aLineWithTooManyFieldsIsARowErrorAndTheNextLineIsRead() {
        Read read = JsonReading.whole("{\"a\":1,\"b\":{\"c\":2,\"d\":3},\"e\":5}\n{\"a\":4}\n".getBytes(UTF_8), SMALL);

        assertThat(read.errors()).extracting(JsonRowError::rowIndex, JsonRowError::message)
                .containsExactly(tuple(0L, "more than 3 fields in one row"));
        assertThat(read.fields()).containsExactly(Map.of("a", 4L));
    }

    @Test
    void anArrayElementWithTooManyFieldsIsSteppedOverWhereverTheLimitStrikes() {
        String file = "[{\"a\":1,\"b\":{\"c\":2,\"d\":{\"e\":3,\"f\":4}},\"g\":[5]},{\"a\":6}]";
        Read read = JsonReading.whole(file.getBytes(UTF_8), SMALL);

        assertThat(read.failure()).isNull();
        assertThat(read.errors()).extracting(JsonRowError::describe)
                .containsExactly("row 1 (byte 1): more than 3 fields in one row");
        assertThat(read.rows()).extracting(JsonRow::rowIndex, JsonRow::fields).containsExactly(tuple(1L, Map.of("a", 6L)));
    }

    @Test
    void aLineLongerThanTheLimitIsARowErrorWithoutBeingKept() {
        String longLine = "{\"a\":\"" + "x".repeat(500) + "\"}";
        Read read = JsonReading.whole((longLine + "\n{\"a\":1}\n").getBytes(UTF_8), SMALL);

        assertThat(read.errors()).extracting(JsonRowError::describe)
                .containsExactly("row 1 (byte 0): the line is longer than 200 bytes");
        assertThat(read.rows()).extracting(JsonRow::rowIndex, JsonRow::fields).containsExactly(tuple(1L, Map.of("a", 1L)));
    }

    @Test
    void anArrayElementWithAHugeArrayValueIsARowErrorAndTheNextElementIsRead() {
        String file = "[{\"a\":[" + "1,".repeat(2000) + "1]},{\"a\":2}]";
        Read read = JsonReading.whole(file.getBytes(UTF_8), SMALL);

        assertThat(read.errors()).extracting(JsonRowError::message).containsExactly("the row is longer than 200 bytes");
        assertThat(read.fields()).containsExactly(Map.of("a", 2L));
    }

    @Test
    void nestingPastTheLimitIsARowErrorInNdjsonAndEndsAnArray() {
        byte[] deepLine = "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}\n{\"a\":1}\n".getBytes(UTF_8);
        byte[] deepArray = "[{\"a\":{\"b\":{\"c\":{\"d\":1}}}},{\"a\":1}]".getBytes(UTF_8);

        Read ndjson = JsonReading.whole(deepLine, SMALL);
        assertThat(ndjson.errors()).singleElement().extracting(JsonRowError::message).asString()
                .startsWith("past a limit (at byte ").contains("nesting depth");
        assertThat(ndjson.fields()).containsExactly(Map.of("a", 1L));
        assertThat(JsonReading.whole(deepArray, SMALL).failure()).startsWith("row 1 (byte ").contains("past a limit");
    }

    @Test
    void readingTheFirstRowReadsOnlyABufferOfTheFileNeverTheWholeFile() throws IOException {
        for (String start : new String[] {"[", ""}) {
            CountingRows file = new CountingRows(start, 1_000_000);
            try (JsonReader reader = JsonReader.open(file)) {
                assertThat(reader.next()).isInstanceOf(JsonRow.class);
                assertThat(file.bytesRead).as("layout starting with '%s'", start).isLessThan(128 * 1024);
            }
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new JsonLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** An endless-looking file of small objects, made as it is read, counting the bytes handed out. */
    private static final class CountingRows extends InputStream {
        private final byte[] start;
        private final byte[] row;
        private long remaining;
        private long bytesRead;

        CountingRows(String start, long rows) {
            this.start = start.getBytes(UTF_8);
            this.row = ("{\"id\":1,\"name\":\"someone\"}" + (start.isEmpty() ? "\n" : ",")).getBytes(UTF_8);
            this.remaining = rows * row.length + this.start.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++, bytesRead++) {
                buf[off + i] = bytesRead < start.length ? start[(int) bytesRead] : row[(int) ((bytesRead - start.length) % row.length)];
            }
            remaining -= n;
            return n;
        }
    }
}
