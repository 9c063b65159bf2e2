package dev.sluice.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

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
