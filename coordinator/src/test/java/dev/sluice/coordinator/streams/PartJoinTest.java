package dev.sluice.coordinator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.file.FilePart;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartJoinTest {

    private static final FilePart A = new FilePart(10, "a".repeat(64), List.of(1L), null);
    private static final FilePart B = new FilePart(20, "b".repeat(64), List.of(2L), null);
    private static final FilePart EMPTY = new FilePart(0, "e".repeat(64), List.of(), null);

    @Test
    void jsonPartsGoBetweenBracketsWithACommaBetweenPartsThatHoldElements() {
        assertThat(FileParts.PartJoin.of("json", List.of(EMPTY, A, EMPTY, B, EMPTY))).extracting(FileParts::describe)
                .containsExactly("[", "10 bytes", ",", "20 bytes", "]");
    }

    @Test
    void jsonOfOnlyEmptyPartsIsAnEmptyArray() {
        assertThat(FileParts.PartJoin.of("json", List.of(EMPTY, EMPTY))).extracting(FileParts::describe)
                .containsExactly("[", "]");
    }

    @Test
    void csvPartsFollowEachOtherAsTheyAre() {
        assertThat(FileParts.PartJoin.of("csv", List.of(A, EMPTY, B))).containsExactly(A, B);
    }
}
