package dev.sluice.coordinator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.record.Segment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportPartsTest {

    @Test
    void segmentsGoToPartsInOrderOfAtLeastTheBatchSize() {
        List<Segment> segments = segments(600, 600, 600, 600, 100);

        List<List<Segment>> parts = ExportParts.of(segments, 2500, 1000);

        assertThat(parts).containsExactly(segments.subList(0, 2), segments.subList(2, 5));
    }

    @Test
    void aBigSheetMakesAtMostSixteenParts() {
        long[] rows = new long[100];
        java.util.Arrays.fill(rows, 10_000);
        List<Segment> segments = segments(rows);

        List<List<Segment>> parts = ExportParts.of(segments, 1_000_000, 1000);

        assertThat(parts).hasSizeLessThanOrEqualTo(ExportParts.MAX_PARTS);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(segments);
    }

    @Test
    void aSmallSheetOrOneWithoutSegmentsIsOnePart() {
        assertThat(ExportParts.of(segments(10, 20), 30, 1000)).hasSize(1);
        assertThat(ExportParts.of(List.of(), 0, 1000)).containsExactly(List.of());
    }

    private static List<Segment> segments(long... rows) {
        List<Segment> segments = new ArrayList<>();
        long first = 0;
        for (int i = 0; i < rows.length; i++) {
            segments.add(new Segment(0, first, first + Math.max(0, rows[i] - 1), first, rows[i]));
            first += rows[i];
        }
        return segments;
    }
}
