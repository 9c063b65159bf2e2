package dev.sluice.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    private static final FieldNames NAMES = FieldNames.of(List.of("id", "name", "note"));

    @Test
    void aRecordOfTextAndNullsComesBackEqual() {
        SheetRecord record = SheetRecord.of("sh_1", 42, FieldValues.of(NAMES, "7", "Zoë \"Z\", Ünal", null), List.of());

        SheetRecord back = RecordCodec.read(RecordCodec.bytes(record));

        assertThat(back).isEqualTo(record);
        assertThat(back.id()).isEqualTo("sh_1/000000000042");
        assertThat(back.values().keySet()).containsExactly("id", "name", "note");
        assertThat(back.values().values()).containsExactly("7", "Zoë \"Z\", Ünal", null);
    }

    @Test
    void longAndMultiByteTextKeepsEveryCharacter() {
        String longAscii = "x".repeat(127) + "y".repeat(300);
        String emoji = "a😀b" + "é".repeat(200);
        SheetRecord record = SheetRecord.of("sh_1", 0, FieldValues.of(NAMES, longAscii, emoji, "\n\t\u0000"), List.of());

        assertThat(RecordCodec.read(RecordCodec.bytes(record)).values())
                .containsExactly(Map.entry("id", longAscii), Map.entry("name", emoji), Map.entry("note", "\n\t\u0000"));
    }

    @Test
    void valuesOtherThanTextReadBackAsTheirJsonWouldReadWithDecimalsExact() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", 5);
        values.put("big", 12345678901L);
        values.put("price", 2.5);
        values.put("ok", true);
        values.put("tags", List.of("a", "b"));
        values.put("nested", Map.of("k", 1));
        SheetRecord record = SheetRecord.of("sh_1", 3, values, List.of());

        SheetRecord back = RecordCodec.read(RecordCodec.bytes(record));

        Map<String, Object> expected = new LinkedHashMap<>(Json.read(Json.bytes(values), Map.class));
        expected.put("price", new BigDecimal("2.5"));
        assertThat(back.values()).isEqualTo(expected);
        assertThat(back.values().get("count")).isInstanceOf(Integer.class);
        assertThat(back.values().keySet()).containsExactly("count", "big", "price", "ok", "tags", "nested");
    }

    @Test
    void messagesAndAnIdOfItsOwnComeBack() {
        List<RecordMessage> messages = List.of(RecordMessage.error(null, "row 4 has 3 values"),
                new RecordMessage("email", RecordMessage.Level.WARNING, "looks odd"));
        SheetRecord record = new SheetRecord("custom-id", "sh_2", 9, FieldValues.of(NAMES, "1", "2", "3"), messages);

        SheetRecord back = RecordCodec.read(RecordCodec.bytes(record));

        assertThat(back).isEqualTo(record);
        assertThat(back.valid()).isFalse();
    }

    @Test
    void recordsOfDifferentSheetsAndFieldsReadOneAfterAnotherKeepTheirOwn() {
        FieldNames other = FieldNames.of(List.of("id", "name"));
        SheetRecord a = SheetRecord.of("sh_a", 1, FieldValues.of(NAMES, "1", "2", "3"), List.of());
        SheetRecord b = SheetRecord.of("sh_b", 1, FieldValues.of(other, "4", "5"), List.of());
        SheetRecord c = SheetRecord.of("sh_a", 2, FieldValues.of(NAMES, "6", "7", "8"), List.of());

        byte[][] encoded = {RecordCodec.bytes(a), RecordCodec.bytes(b), RecordCodec.bytes(c)};

        assertThat(RecordCodec.read(encoded[0])).isEqualTo(a);
        assertThat(RecordCodec.read(encoded[1])).isEqualTo(b);
        assertThat(RecordCodec.read(encoded[2])).isEqualTo(c);
        assertThat(RecordCodec.read(encoded[1])).isEqualTo(b);
    }

    @Test
    void aRecordWrittenAsJsonIsStillRead() {
        SheetRecord record = SheetRecord.of("sh_1", 5, Map.of("a", "b"), List.of(RecordMessage.error("a", "bad")));

        assertThat(RecordCodec.read(Json.bytes(record))).isEqualTo(record);
    }

    @Test
    void binaryIsSmallerThanJson() {
        SheetRecord record = SheetRecord.of("sh_01a252b412c8a9d2a391a80e2101", 123456,
                FieldValues.of(NAMES, "123456", "Ada Lovelace", "first programmer"), List.of());

        assertThat(RecordCodec.bytes(record).length).isLessThan(Json.bytes(record).length / 2);
    }

    @Test
    void bytesCutShortAreRefusedWithTheirPosition() {
        byte[] whole = RecordCodec.bytes(SheetRecord.of("sh_1", 1, FieldValues.of(NAMES, "a", "b", "c"), List.of()));

        assertThatThrownBy(() -> RecordCodec.read(Arrays.copyOf(whole, whole.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
    }

    @Test
    void valuesReadBackWithTheirTypesAndDecimalsWithEveryDigitAsWritten() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "1.50");
        values.put("whole", 42L);
        values.put("money", new BigDecimal("1.50"));
        values.put("tiny", new BigDecimal("0.1"));
        values.put("long", new BigDecimal("12345678901234567890.123456789"));
        values.put("huge", new BigInteger("123456789012345678901234567890"));
        values.put("flag", true);
        values.put("none", null);
        SheetRecord record = SheetRecord.of("sh_1", 3, values, List.of(RecordMessage.error("money", "check it")));

        SheetRecord read = RecordCodec.read(RecordCodec.bytes(record));

        assertThat(read.id()).isEqualTo(record.id());
        assertThat(read.messages()).isEqualTo(record.messages());
        assertThat(read.values()).containsOnlyKeys(values.keySet());
        assertThat(read.values().get("whole")).isInstanceOf(Number.class).hasToString("42");
        for (String key : List.of("text", "money", "tiny", "long", "huge", "flag", "none")) {
            assertThat(read.values().get(key)).as(key).isEqualTo(values.get(key));
        }
    }
}
