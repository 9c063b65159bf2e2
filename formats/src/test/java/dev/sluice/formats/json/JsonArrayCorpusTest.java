package dev.sluice.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonArrayCorpusTest {

    @Test
    void nestedObjectsAreFlattenedToDottedNamesInTheFileOrder() {
        Read read = JsonReading.whole("nested.json");

        assertThat(read.layout()).isEqualTo(JsonLayout.ARRAY);
        assertThat(read.failure()).isNull();
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(JsonRow::rowIndex, JsonRow::byteOffset).containsExactly(
                tuple(0L, 4L), tuple(1L, 153L), tuple(2L, 283L));
        assertThat(read.rows().get(0).fields()).containsExactly(
                entry("id", 1L),
                entry("name", "Zoë Ångström"),
                entry("address.city", "Tromsø"),
                entry("address.geo.lat", new BigDecimal("69.6492")),
                entry("address.geo.lon", new BigDecimal("18.9553")),
                entry("tags", "[\"a\",\"b\"]"),
                entry("active", true));
    }

    @Test
    void arraysOfObjectsBecomeJsonTextAndNullStaysNull() {
        Map<String, Object> second = JsonReading.whole("nested.json").rows().get(1).fields();

        assertThat(second).containsExactly(
                entry("id", 2L),
                entry("name", "李雷"),
                entry("address.city", "北京"),
                entry("orders", "[{\"sku\":\"X1\",\"qty\":2}]"),
                entry("active", false),
                entry("note", null));
        assertThat(second.get("note")).isNull();
        assertThat(second).containsKey("note");
    }

    @Test
    void numbersKeepTheirDigitsAndAnEmptyObjectKeepsItsName() {
        Map<String, Object> third = JsonReading.whole("nested.json").rows().get(2).fields();

        assertThat(third.get("id")).isEqualTo(new BigDecimal("12345678901234567890"));
        assertThat(third.get("score")).isEqualTo(new BigDecimal("1.50"));
        assertThat(third.get("exp")).isEqualTo(new BigDecimal("2e3"));
        assertThat(third.get("emoji")).isEqualTo("😀");
        assertThat(third).containsEntry("empty", null);
        assertThat(third.get("mixed")).isEqualTo("[1,\"two\",null,4.0e0]");
    }

    @Test
    void aByteOrderMarkIsDroppedAndOffsetsStayAbsolute() {
        Read read = JsonReading.whole("bom.json");

        assertThat(read.layout()).isEqualTo(JsonLayout.ARRAY);
        assertThat(read.rows()).extracting(JsonRow::rowIndex, JsonRow::byteOffset, JsonRow::fields).containsExactly(
                tuple(0L, 4L, Map.of("a", 1L)), tuple(1L, 14L, Map.of("a", 2L)));
    }

    @Test
    void anEmptyArrayHasNoRows() {
        Read read = JsonReading.whole("empty-array.json");

        assertThat(read.layout()).isEqualTo(JsonLayout.ARRAY);
        assertThat(read.items()).isEmpty();
        assertThat(read.failure()).isNull();
    }

    @Test
    void anElementThatIsNotAnObjectIsARowErrorAndReadingGoesOn() {
        Read read = JsonReading.whole("non-object-rows.json");

        assertThat(read.failure()).isNull();
        assertThat(read.items()).extracting(JsonItem::rowIndex, JsonItem::byteOffset, item -> item.getClass().getSimpleName())
                .containsExactly(
                        tuple(0L, 1L, "JsonRow"), tuple(1L, 11L, "JsonRowError"), tuple(2L, 15L, "JsonRowError"),
                        tuple(3L, 20L, "JsonRowError"), tuple(4L, 28L, "JsonRowError"), tuple(5L, 34L, "JsonRowError"),
                        tuple(6L, 40L, "JsonRow"));
        assertThat(read.errors()).extracting(JsonRowError::describe).containsExactly(
                "row 2 (byte 11): not an object but a number",
                "row 3 (byte 15): not an object but a string",
                "row 4 (byte 20): not an object but an array",
                "row 5 (byte 28): not an object but null",
                "row 6 (byte 34): not an object but a boolean");
        assertThat(read.fields()).containsExactly(Map.of("a", 1L), Map.of("a", 2L));
    }

    @Test
    void aSyntaxErrorInAnArrayEndsTheReadingNamingTheRowAndByte() {
        Read read = JsonReading.whole("malformed.json");

        assertThat(read.fields()).containsExactly(Map.of("a", 1L), Map.of("a", 2L));
        assertThat(read.failure()).startsWith("row 3 (byte 31): not JSON: Unexpected character (','");
    }

    @Test
    void anArrayCutShortIsAFormatErrorAfterTheRowsBeforeIt() {
        Read read = JsonReading.whole("truncated.json");

        assertThat(read.fields()).containsExactly(Map.of("a", 1L));
        assertThat(read.failure()).isEqualTo("row 2 (byte 18): not JSON: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void moreJsonAfterTheArrayIsAFormatError() {
        Read read = JsonReading.whole("trailing.json");

        assertThat(read.fields()).containsExactly(Map.of("a", 1L));
        assertThat(read.failure()).isEqualTo("row 2 (byte 11): more JSON after the array's closing ]; a JSON import is one array");
    }

    @Test
    void aFileThatIsNotJsonFailsAtItsFirstByte() {
        Read read = JsonReading.whole("not-json.json");

        assertThat(read.items()).isEmpty();
        assertThat(read.failure()).isEqualTo("row 1 (byte 0): not JSON: it starts with 'h'; a JSON import is an array"
                + " of objects ([...]) or one object per line ({...})");
    }

    @Test
    void aBinaryFileIsNotJson() {
        Read read = JsonReading.whole(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        assertThat(read.failure()).startsWith("row 1 (byte 0): not JSON: it starts with the byte 0x89");
    }

    @Test
    void anEmptyFileAndAFileOfWhitespaceHaveNoRows() {
        for (String name : new String[] {"empty.json", "blank.json"}) {
            Read read = JsonReading.whole(name);

            assertThat(read.layout()).as(name).isEqualTo(JsonLayout.NDJSON);
            assertThat(read.items()).as(name).isEmpty();
            assertThat(read.failure()).as(name).isNull();
        }
    }
}
