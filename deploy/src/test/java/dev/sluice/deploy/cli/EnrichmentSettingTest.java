package dev.sluice.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.deploy.testing.FakeCoordinatorApi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentSettingTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(EnrichmentServices.SETTING);
    }

    @Test
    void aBrokenServicesFileStopsAWorkerBeforeItStartsWithOneLineNamingTheMistake() throws Exception {
        Path file = Files.writeString(dir.resolve("services.json"), "{\"services\":{\"clearbit\":{\"url\":\"https://e.test\","
                + "\"keyFields\":[\"email\"],\"responseFields\":{\"company\":\"company\"},\"maxBatch\":0}}}");
        System.setProperty(EnrichmentServices.SETTING, file.toString());

        CliRun.Result run = CliRun.run(new FakeCoordinatorApi(), "worker", "--bootstrap-servers", "kafka:9092");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("sluice: the enrichment services file " + file + " is wrong: services.clearbit.maxBatch: "
                + "must be a whole number from 1 to 10000, got 0 (set by sluice.enrichment.services or "
                + "SLUICE_ENRICHMENT_SERVICES)\n");
    }

    @Test
    void theServicesAProcessOffersAreNamedWithTheirFile() throws Exception {
        Path file = Files.writeString(dir.resolve("services.json"), "{\"services\":{\"clearbit\":{\"url\":\"https://e.test\","
                + "\"keyFields\":[\"email\"],\"responseFields\":{\"company\":\"company\"}}}}");
        System.setProperty(EnrichmentServices.SETTING, file.toString());

        assertThat(EnrichmentSetting.check()).isEqualTo("Enrichment services clearbit from " + file);
    }
}
