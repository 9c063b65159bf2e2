package dev.sluice.coordinator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileSettingsTest {

    @Test
    void theDefaultsAreOneMebibyteChunksAndTwoGibibyteFiles() {
        FileSettings defaults = FileSettings.defaults();
        assertThat(defaults.chunkSize()).isEqualTo(1024 * 1024);
        assertThat(defaults.maxFileSize()).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void aChunkMustFitTheFilesTopicsMessageLimit() {
        assertThatThrownBy(() -> FileSettings.defaults().withChunkSize(FileSettings.MAX_MESSAGE_BYTES))
                .hasMessageContaining("chunkSize");
    }

    @Test
    void aFileMayNotNeedMoreChunksThanItsMetaCanList() {
        assertThatThrownBy(() -> FileSettings.defaults().withChunkSize(1024))
                .hasMessageContaining("at most " + FileSettings.MAX_CHUNKS + " chunks");
    }
}
