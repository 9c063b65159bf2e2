package dev.sluice.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.spi.BatchFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void theSecretComesFromItsEnvironmentVariableAfterTheScheme() throws Exception {
        Secrets secrets = new Secrets(Map.of("PEOPLE_KEY", "sk_123")::get);

        String value = secrets.headerValue(Services.person(
                "\"authHeader\":\"Authorization\",\"authScheme\":\"Bearer\",\"secretEnv\":\"PEOPLE_KEY\""));

        assertThat(value).isEqualTo("Bearer sk_123");
    }

    @Test
    void aSecretFileIsReadWithoutItsTrailingNewline() throws Exception {
        Path file = Files.writeString(dir.resolve("key"), "sk_456\n");

        String value = new Secrets(name -> null).headerValue(Services.person(
                "\"authHeader\":\"X-Api-Key\",\"secretFile\":\"" + file + "\""));

        assertThat(value).isEqualTo("sk_456");
    }

    @Test
    void aServiceWithoutAuthSendsNoHeader() throws Exception {
        assertThat(new Secrets(name -> "ignored").headerValue(Services.person(""))).isNull();
    }

    @Test
    void aMissingSecretFailsTheBatchForGoodNamingWhereItWasLookedFor() {
        Secrets secrets = new Secrets(Map.of("OTHER", "sk_999")::get);

        assertThatThrownBy(() -> secrets.headerValue(Services.person(
                "\"authHeader\":\"Authorization\",\"secretEnv\":\"PEOPLE_KEY\"")))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessage("the secret of enrichment service people (environment variable PEOPLE_KEY) is not set or empty"
                        + " on this worker");
        assertThatThrownBy(() -> secrets.headerValue(Services.person(
                "\"authHeader\":\"Authorization\",\"secretFile\":\"" + dir.resolve("absent") + "\"")))
                .hasMessageContaining("cannot be read (NoSuchFileException)");
    }
}
