package dev.sluice.coordinator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void directoriesAreDropped() {
        assertThat(FileNames.clean("/tmp/in/data.csv")).isEqualTo("data.csv");
        assertThat(FileNames.clean("C:\\Users\\ada\\data.csv")).isEqualTo("data.csv");
        assertThat(FileNames.clean("  report 2026.xlsx ")).isEqualTo("report 2026.xlsx");
    }

    @Test
    void missingBlankOrDirectoryOnlyNamesAreRefused() {
        assertThatThrownBy(() -> FileNames.clean(null)).hasMessageContaining("required");
        assertThatThrownBy(() -> FileNames.clean("  ")).hasMessageContaining("required");
        assertThatThrownBy(() -> FileNames.clean("dir/")).hasMessageContaining("required");
    }

    @Test
    void controlCharactersAndOverlongNamesAreRefused() {
        assertThatThrownBy(() -> FileNames.clean("a\r\nSet-Cookie: x")).hasMessageContaining("control characters");
        assertThatThrownBy(() -> FileNames.clean("x".repeat(256))).hasMessageContaining("255");
    }

    @Test
    void unicodeNamesAreKept() {
        assertThat(FileNames.clean("données-été.csv")).isEqualTo("données-été.csv");
    }
}
