package dev.sluice.worker.testing;

import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.DataAccess;

/** A batch context for handler tests: a worker id, a data access, and a stop flag the test sets. */
public final class TestContext implements BatchContext {

    private final DataAccess data;
    private volatile boolean stopRequested;

    public TestContext(DataAccess data) {
        this.data = data;
    }

    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public String workerId() {
        return "w-test";
    }

    @Override
    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public DataAccess data() {
        return data;
    }
}
