package dev.sluice.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.deploy.TerseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDashReadsStandardInput() {
        assertThat(JobFiles.read("-", stdin("{\"type\":\"custom\"}")).path("type").asText()).isEqualTo("custom");
    }

    @Test
    void aFileIsReadFromItsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("job.json"), "{\"operation\":\"synthetic\"}");

        assertThat(JobFiles.read(file.toString(), stdin("")).path("operation").asText()).isEqualTo("synthetic");
    }

    @Test
    void malformedJsonIsRefusedWithTheParsersReason() {
        assertThatThrownBy(() -> JobFiles.read("-", stdin("{\"type\":")))
                .isInstanceOf(TerseException.class).hasMessageStartingWith("standard input is not valid JSON: ");
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThatThrownBy(() -> JobFiles.read("-", stdin("[1,2]")))
                .isInstanceOf(TerseException.class)
                .hasMessage("standard input must hold one JSON object, the job to create");
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
