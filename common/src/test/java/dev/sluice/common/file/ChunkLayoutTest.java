package dev.sluice.common.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChunkLayoutTest {

    private final ChunkLayout layout = new ChunkLayout(2500, 1000);

    @Test
    void everyChunkIsFullButTheLast() {
        assertThat(layout.chunkCount()).isEqualTo(3);
        assertThat(layout.chunkLength(0)).isEqualTo(1000);
        assertThat(layout.chunkLength(1)).isEqualTo(1000);
        assertThat(layout.chunkLength(2)).isEqualTo(500);
        assertThat(layout.chunkStart(2)).isEqualTo(2000);
    }

    @Test
    void aFileOfWholeChunksHasNoPartialChunk() {
        ChunkLayout exact = new ChunkLayout(3000, 1000);
        assertThat(exact.chunkCount()).isEqualTo(3);
        assertThat(exact.chunkLength(2)).isEqualTo(1000);
    }

    @Test
    void anEmptyFileHasNoChunk() {
        ChunkLayout empty = new ChunkLayout(0, 1000);
        assertThat(empty.chunkCount()).isZero();
        assertThat(empty.covering(0, 0).count()).isZero();
        assertThatThrownBy(() -> empty.chunkLength(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aRangeIsCoveredByTheChunksOfItsFirstAndLastByte() {
        assertThat(layout.covering(0, 2500)).isEqualTo(new ChunkLayout.Chunks(0, 3));
        assertThat(layout.covering(999, 1001)).isEqualTo(new ChunkLayout.Chunks(0, 2));
        assertThat(layout.covering(1000, 2000)).isEqualTo(new ChunkLayout.Chunks(1, 2));
        assertThat(layout.covering(2499, 2500)).isEqualTo(new ChunkLayout.Chunks(2, 3));
        assertThat(layout.covering(10, 20).count()).isEqualTo(1);
    }

    @Test
    void anEmptyRangeNeedsNoChunk() {
        assertThat(layout.covering(1000, 1000).count()).isZero();
        assertThat(layout.covering(2500, 2500).count()).isZero();
    }

    @Test
    void aRangeOutsideTheFileIsRefused() {
        assertThatThrownBy(() -> layout.covering(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout.covering(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout.covering(0, 2501)).hasMessageContaining("2500 bytes");
    }

    @Test
    void theChunkOfAPositionIsItsQuotient() {
        assertThat(layout.chunkOf(0)).isZero();
        assertThat(layout.chunkOf(999)).isZero();
        assertThat(layout.chunkOf(1000)).isEqualTo(1);
        assertThat(layout.chunkOf(2499)).isEqualTo(2);
    }

    @Test
    void largeFilesDoNotOverflow() {
        ChunkLayout big = new ChunkLayout(5L * 1024 * 1024 * 1024 + 1, 1024 * 1024);
        assertThat(big.chunkCount()).isEqualTo(5 * 1024 + 1);
        assertThat(big.chunkStart(5 * 1024)).isEqualTo(5L * 1024 * 1024 * 1024);
        assertThat(big.chunkLength(5 * 1024)).isEqualTo(1);
    }
}
