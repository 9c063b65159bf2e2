package dev.sluice.worker.testing;

import dev.sluice.common.spi.DataAccess;
import java.util.concurrent.atomic.AtomicInteger;

class InMemoryDataAccessTest implements DataAccessContract {

    private static final AtomicInteger SHEETS = new AtomicInteger();
    private final InMemoryDataAccess data = new InMemoryDataAccess();

    @Override
    public DataAccess data() {
        return data;
    }

    @Override
    public int recordPartitions() {
        return 1;
    }

    @Override
    public String freshSheetId() {
        return "sh_" + SHEETS.incrementAndGet();
    }
}
