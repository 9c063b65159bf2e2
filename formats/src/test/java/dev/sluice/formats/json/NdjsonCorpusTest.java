package dev.sluice.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonCorpusTest {

    @Test
    void eachLineIsARowFlattenedLikeAnArrayElement() {
        Read ndjson = JsonReading.whole("nested.ndjson");
        Read array = JsonReading.whole("nested.json");

        assertThat(ndjson.layout()).isEqualTo(JsonLayout.NDJSON);
        assertThat(ndjson.rows()).extracting(JsonRow::rowIndex, JsonRow::byteOffset)
                .containsExactly(tuple(0L, 0L), tuple(1L, 146L), tuple(2L, 273L));
        assertThat(ndjson.fields()).isEqualTo(array.fields());
    }

    @Test
    void aMalformedLineInTheMiddleIsARowErrorAndTheLinesAfterItAreRead() {
        Read read = JsonReading.whole("malformed-middle.ndjson");

        assertThat(read.failure()).isNull();
        assertThat(read.rows()).extracting(JsonRow::rowIndex, JsonRow::byteOffset, JsonRow::fields).containsExactly(
                tuple(0L, 0L, Map.of("a", 1L)),
                tuple(2L, 25L, Map.of("a", 3L)),
                tuple(5L, 56L, Map.of("a", 7L)));
        assertThat(read.errors()).extracting(JsonRowError::rowIndex, JsonRowError::byteOffset).containsExactly(
                tuple(1L, 9L), tuple(3L, 34L), tuple(4L, 38L));
        assertThat(read.errors().get(0).describe())
                .startsWith("row 2 (byte 9): not JSON (at byte 17): Unexpected character (','");
        assertThat(read.errors().get(1).message()).isEqualTo("not an object but an array");
        assertThat(read.errors().get(2).message())
                .isEqualTo("more JSON after the object (at byte 47); a line holds one object");
    }

    @Test
    void blankLinesAndCrlfEndingsAreNotRowsAndOffsetsAreLineStarts() {
        Read read = JsonReading.whole("crlf-blank-lines.ndjson");

        assertThat(read.items()).extracting(JsonItem::rowIndex, JsonItem::byteOffset)
                .containsExactly(tuple(0L, 2L), tuple(1L, 19L));
        assertThat(read.fields()).containsExactly(Map.of("a", 1L), Map.of("a", 2L));
    }

    @Test
    void aByteOrderMarkIsDroppedAndTheFirstRowStartsAfterIt() {
        Read read = JsonReading.whole("bom.ndjson");

        assertThat(read.rows()).extracting(JsonRow::byteOffset, JsonRow::fields)
                .containsExactly(tuple(3L, Map.of("a", 1L)), tuple(12L, Map.of("a", 2L)));
    }

    @Test
    void bytesThatAreNotUtf8MakeARowErrorForTheirLineOnly() {
        Read read = JsonReading.whole("invalid-utf8.ndjson");

        assertThat(read.fields()).containsExactly(Map.of("a", "ok"), Map.of("a", "fine"));
        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.rowIndex()).isEqualTo(1);
            assertThat(error.byteOffset()).isEqualTo(12);
            assertThat(error.message()).contains("Invalid UTF-8 start byte 0xff");
        });
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndLastValueAndIsReportedBeforeTheRow() {
        Read read = JsonReading.whole("duplicates.ndjson");

        assertThat(read.items()).extracting(item -> item.getClass().getSimpleName())
                .containsExactly("JsonRowError", "JsonRow");
        assertThat(read.errors().get(0).message())
                .isEqualTo("field \"a\" appears more than once (and 1 more); the last value is kept");
        assertThat(read.rows().get(0).fields()).containsExactly(entry("a", 2L), entry("b.c", 3L));
    }
}
