package dev.sluice.common.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SheetIdsTest {

    @Test
    void theFirstSheetHasTheBaseAndLaterOnesTheirOneBasedPosition() {
        assertThat(SheetIds.of("sh_X", 0)).isEqualTo("sh_X");
        assertThat(SheetIds.of("sh_X", 1)).isEqualTo("sh_X_2");
        assertThat(SheetIds.of("sh_X", 11)).isEqualTo("sh_X_12");
    }

    @Test
    void thePositionReadsBackFromTheIdAndOtherIdsHaveNone() {
        for (int position = 0; position < 30; position++) {
            assertThat(SheetIds.position("sh_X", SheetIds.of("sh_X", position))).hasValue(position);
        }
        assertThat(SheetIds.position("sh_X", "sh_X_1")).isEqualTo(OptionalInt.empty());
        assertThat(SheetIds.position("sh_X", "sh_X_02")).isEqualTo(OptionalInt.empty());
        assertThat(SheetIds.position("sh_X", "sh_Y_2")).isEqualTo(OptionalInt.empty());
        assertThat(SheetIds.position("sh_X", "sh_X_2_3")).isEqualTo(OptionalInt.empty());
    }
}
