package dev.sluice.worker.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClamdSettingsTest {

    @Test
    void withoutAnAddressThereIsNoScanner() {
        assertThat(ClamdSettings.from(Map.<String, String>of()::get)).isEmpty();
        assertThat(ClamdSettings.from(Map.of("sluice.clamd.address", " ")::get)).isEmpty();
    }

    @Test
    void anAddressAloneWaitsTheDefaultTwoMinutes() {
        assertThat(ClamdSettings.from(Map.of("sluice.clamd.address", "clamd:3310")::get)).isEqualTo(Optional.of(
                new ClamdSettings(new ClamdAddress("clamd", 3310), Duration.ofSeconds(120))));
    }

    @Test
    void theTimeoutIsInMilliseconds() {
        assertThat(ClamdSettings.from(Map.of("sluice.clamd.address", "127.0.0.1:3310", "sluice.clamd.timeout", "2500")::get)
                .orElseThrow().timeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aBadValueIsRefusedNamingItsSetting() {
        assertThatThrownBy(() -> ClamdSettings.from(Map.of("sluice.clamd.address", "clamd")::get))
                .hasMessage("sluice.clamd.address: 'clamd' is not a clamd address such as 127.0.0.1:3310 (host:port)");
        assertThatThrownBy(() -> ClamdSettings.from(Map.of("sluice.clamd.address", "clamd:99999")::get))
                .hasMessage("sluice.clamd.address: 'clamd:99999' is not a clamd address such as 127.0.0.1:3310 (host:port)");
        assertThatThrownBy(() -> ClamdSettings.from(Map.of("sluice.clamd.address", "clamd:3310",
                "sluice.clamd.timeout", "soon")::get))
                .hasMessage("sluice.clamd.timeout: 'soon' is not a positive number of milliseconds");
    }

    @Test
    void eachPropertyHasAnEnvironmentVariable() {
        assertThat(ClamdSettings.variable(ClamdSettings.ADDRESS)).isEqualTo("SLUICE_CLAMD_ADDRESS");
        assertThat(ClamdSettings.variable(ClamdSettings.TIMEOUT)).isEqualTo("SLUICE_CLAMD_TIMEOUT");
    }

    @Test
    void aSystemPropertyConfiguresTheWorker() {
        System.setProperty(ClamdSettings.ADDRESS, "127.0.0.1:3311");
        try {
            assertThat(ClamdSettings.fromEnvironment().orElseThrow().address()).isEqualTo(new ClamdAddress("127.0.0.1", 3311));
        } finally {
            System.clearProperty(ClamdSettings.ADDRESS);
        }
    }
}
