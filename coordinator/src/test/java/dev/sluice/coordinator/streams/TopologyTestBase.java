package dev.sluice.coordinator.streams;

import dev.sluice.coordinator.CoordinatorSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A topology on a test driver per test, with worker w1 live in the default pool for the synthetic operation. */
abstract class TopologyTestBase {

    @TempDir
    Path stateDir;
    TopologyHarness h;

    /** The coordinator's settings for this class's tests; one partition, defaults otherwise. */
    CoordinatorSettings settings() {
        return CoordinatorSettings.defaults("unused:9092", stateDir).withPartitions(1);
    }

    @BeforeEach
    void startTopology() {
        h = new TopologyHarness(settings());
        h.heartbeat("w1");
    }

    @AfterEach
    void stopTopology() {
        h.close();
    }

    /** Advances time in steps of {@code step}, keeping w1's heartbeat fresh, until {@code total} has passed. */
    void pass(Duration total, Duration step) {
        for (Duration gone = Duration.ZERO; gone.compareTo(total) < 0; gone = gone.plus(step)) {
            h.advance(step);
            h.heartbeat("w1");
        }
    }
}
