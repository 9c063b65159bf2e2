package dev.sluice.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerSettingsTest {

    private final WorkerSettings defaults = WorkerSettings.defaults("localhost:9092");

    @Test
    void theDefaultsAreThoseDocumented() {
        assertThat(defaults.topics().prefix()).isEqualTo("sluice");
        assertThat(defaults.pool()).isEqualTo("default");
        assertThat(defaults.concurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(defaults.heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.aging()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.consumerOverrides()).isEmpty();
        assertThat(defaults.httpPort()).isEqualTo(-1);
    }

    @Test
    void eachWorkerGetsItsOwnDefaultId() {
        assertThat(defaults.workerId()).isNotBlank().isNotEqualTo(WorkerSettings.defaults("x:1").workerId());
    }

    @Test
    void aBadValueIsRefusedWithTheNameOfItsField() {
        assertRefused(() -> WorkerSettings.defaults(" "), "bootstrapServers");
        assertRefused(() -> defaults.withTopics(null), "topics");
        assertRefused(() -> defaults.withPool("gpu pool"), "pool");
        assertRefused(() -> defaults.withConcurrency(0), "concurrency");
        assertRefused(() -> defaults.withWorkerId(""), "workerId");
        assertRefused(() -> defaults.withHeartbeatInterval(Duration.ZERO), "heartbeatInterval");
        assertRefused(() -> defaults.withAging(Duration.ofSeconds(-1)), "aging");
        assertRefused(() -> defaults.withHttpPort(70_000), "httpPort");
    }

    @Test
    void theSettingsTheWorkersGuaranteesRestOnCannotBeOverridden() {
        assertThatThrownBy(() -> defaults.withConsumerOverride("enable.auto.commit", "true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("consumerOverrides may not set [enable.auto.commit]");
    }

    @Test
    void otherConsumerSettingsCanBeOverridden() {
        var settings = defaults.withConsumerOverride("session.timeout.ms", "30000");

        assertThat(settings.consumerOverrides()).isEqualTo(Map.of("session.timeout.ms", "30000"));
    }

    @Test
    void httpPortAcceptsNoneAnyAndAFixedPort() {
        assertThat(defaults.withHttpPort(-1).httpPort()).isEqualTo(-1);
        assertThat(defaults.withHttpPort(0).httpPort()).isZero();
        assertThat(defaults.withHttpPort(8081).httpPort()).isEqualTo(8081);
    }

    private static void assertRefused(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + " ");
    }
}
