package dev.sluice.common.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static final FieldNames NAMES = FieldNames.of(List.of("b", "a", "c"));

    @Test
    void itIsAMapInFieldOrderEqualToTheSameLinkedHashMap() {
        FieldValues values = FieldValues.of(NAMES, "1", null, "3");
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("b", "1");
        same.put("a", null);
        same.put("c", "3");

        assertThat(values).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(values.keySet()).containsExactly("b", "a", "c");
        assertThat(values.get("c")).isEqualTo("3");
        assertThat(values.get("missing")).isNull();
        assertThat(values.containsKey("a")).isTrue();
        assertThat(values.containsKey("missing")).isFalse();
    }

    @Test
    void itCannotBeChangedNorChangedThroughTheArrayItWasMadeFrom() {
        Object[] given = {"1", "2", "3"};
        FieldValues values = FieldValues.of(NAMES, given);
        given[0] = "changed";

        assertThat(values.get("b")).isEqualTo("1");
        assertThatThrownBy(() -> values.put("b", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSheetRecordKeepsFieldValuesAndCopiesOtherMaps() {
        FieldValues values = FieldValues.of(NAMES, "1", "2", "3");
        Map<String, Object> mutable = new LinkedHashMap<>(values);

        SheetRecord kept = SheetRecord.of("sh", 0, values, List.of());
        SheetRecord copied = SheetRecord.of("sh", 0, mutable, List.of());
        mutable.put("b", "changed");

        assertThat(kept.values()).isSameAs(values);
        assertThat(copied.values().get("b")).isEqualTo("1");
    }

    @Test
    void namesMustBeDistinctAndValuesMatchThem() {
        assertThatThrownBy(() -> FieldNames.of(List.of("a", "a"))).hasMessageContaining("'a' is named twice");
        assertThatThrownBy(() -> FieldValues.of(NAMES, "1")).hasMessageContaining("1 values for 3 fields");
    }
}
