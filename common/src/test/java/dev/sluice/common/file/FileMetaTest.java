package dev.sluice.common.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileMetaTest {

    static final String SHA = "a".repeat(64);

    static FileMeta meta(long size, int chunkSize, List<Long> offsets) {
        return new FileMeta("file_1", "data.csv", size, SHA, Instant.parse("2026-01-01T00:00:00Z"), "text/csv", 2,
                chunkSize, offsets, Map.of("splits", List.of(0, 40)));
    }

    @Test
    void itSurvivesAJsonRoundTrip() {
        FileMeta meta = meta(2500, 1000, List.of(7L, 9L, 12L));
        FileMeta back = Json.read(Json.bytes(meta), FileMeta.class);
        assertThat(back).isEqualTo(meta);
        assertThat(back.chunkOffsets().get(2)).isEqualTo(12L);
    }

    @Test
    void itsJsonHoldsTheFieldsAndNothingDerived() {
        JsonNode json = Json.tree(Json.bytes(meta(2500, 1000, List.of(7L, 9L, 12L))));
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(json.has("layout")).isFalse();
        assertThat(json.get("index").get("splits").size()).isEqualTo(2);
    }

    @Test
    void theOffsetsMustMatchTheChunkCount() {
        assertThatThrownBy(() -> meta(2500, 1000, List.of(7L, 9L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 3 chunks, not 2");
    }

    @Test
    void anEmptyFileHasNoOffsets() {
        assertThat(meta(0, 1000, List.of()).layout().chunkCount()).isZero();
    }

    @Test
    void theChecksumIsSha256Hex() {
        assertThatThrownBy(() -> new FileMeta("file_1", "a", 0, "abc", Instant.EPOCH, "text/plain", 0, 10, List.of(), null))
                .hasMessageContaining("SHA-256");
    }
}
