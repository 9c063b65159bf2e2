package dev.sluice.worker.it;

import dev.sluice.embedded.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each test gets a fresh {@link TestBed} (its own topic prefix) on the shared broker, closed after it. */
@ExtendWith(SharedKafka.class)
abstract class WorkerTestBase {

    protected TestBed bed;

    @BeforeEach
    void createTestBed(EmbeddedKafka kafka) {
        bed = new TestBed(kafka);
    }

    @AfterEach
    void closeTestBed() throws Exception {
        bed.close();
    }
}
