package dev.sluice.worker.handlers;

import dev.sluice.common.error.RecordError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import java.util.Map;

/**
 * Operation {@code synthetic}: generates the batch's records and spends a set amount of CPU on
 * each, for load tests and benchmarks. Config keys:
 * <ul>
 *   <li>{@code records}: the job's total; the coordinator cuts it into batches, so a batch runs
 *       its own {@code recordCount} (only a batch with {@code recordCount} -1 reads
 *       {@code records} minus its {@code firstRecord});</li>
 *   <li>{@code workMicros}: microseconds of CPU to spend per record, hashing it; default 0, which
 *       only generates and hashes each record once;</li>
 *   <li>{@code failRate}: share of records that fail, as record errors of a batch that goes on;</li>
 *   <li>{@code transientFailRate}: share of batches whose first attempt fails with a retryable error;</li>
 *   <li>{@code hangRate}: share of batches whose first attempt hangs until the worker stops it.</li>
 * </ul>
 * Rates pick evenly and exactly: see {@link EvenSpread}. Tests use them to know the counts to expect.
 * It stops early when its thread is interrupted or the worker asks it to.
 */
public final class SyntheticHandler implements BatchHandler {

    public static final String OPERATION = "synthetic";
    public static final String RECORDS = "records";
    public static final String WORK_MICROS = "workMicros";
    public static final String FAIL_RATE = "failRate";
    public static final String TRANSIENT_FAIL_RATE = "transientFailRate";
    public static final String HANG_RATE = "hangRate";

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public BatchResult run(Batch batch, BatchContext context) throws BatchFailure, InterruptedException {
        long count = batch.recordCount() >= 0 ? batch.recordCount()
                : count(batch.config(), RECORDS, -1) - batch.firstRecord();
        if (count < 0) {
            throw new BatchFailure("config." + RECORDS + " must be a number of at least " + batch.firstRecord(), false);
        }
        if (batch.attempt() == 0 && EvenSpread.picks(batch.index(), rate(batch.config(), HANG_RATE))) {
            context.log("warn", "hanging on purpose (hangRate) until stopped");
            new CountDownLatch(1).await(); // until the batch timeout or a shutdown interrupts it
        }
        if (batch.attempt() == 0 && EvenSpread.picks(batch.index(), rate(batch.config(), TRANSIENT_FAIL_RATE))) {
            throw new BatchFailure("transient failure on purpose (transientFailRate) in batch " + batch.index(), true);
        }
        double failRate = rate(batch.config(), FAIL_RATE);
        var work = new SyntheticWork(count(batch.config(), WORK_MICROS, 0));
        List<RecordError> failed = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            if (context.stopRequested() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped after " + i + " of " + count + " records");
            }
            long index = batch.firstRecord() + i;
            work.process(index);
            if (EvenSpread.picks(index, failRate)) {
                failed.add(new RecordError("rec-" + index, index, "amount", "synthetic_failure",
                        "record " + index + " failed on purpose (failRate " + failRate + ")",
                        Map.of("id", "rec-" + index, "index", index)));
            }
        }
        return BatchResult.withFailures(count, failed);
    }

    private static double rate(Map<String, Object> config, String key) throws BatchFailure {
        Object value = config.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() <= 1) {
            return number.doubleValue();
        }
        throw new BatchFailure("config." + key + " must be a number between 0 and 1, got " + value, false);
    }

    /**
     * The same work in a plain loop, without a worker, for comparison in benchmarks.
     *
     * @param records    how many records, from index 0
     * @param workMicros microseconds of CPU per record; 0 just generates and hashes
     * @return a checksum of the digests, so the work cannot be optimized away
     */
    public static long runPlain(long records, long workMicros) {
        if (records < 0 || workMicros < 0) {
            throw new IllegalArgumentException("need records >= 0 and workMicros >= 0, got " + records + ", " + workMicros);
        }
        var work = new SyntheticWork(workMicros);
        long checksum = 0;
        for (long i = 0; i < records; i++) {
            checksum ^= work.process(i);
        }
        return checksum;
    }

    private static long count(Map<String, Object> config, String key, long absent) throws BatchFailure {
        Object value = config.get(key);
        if (value == null) {
            return absent;
        }
        if (value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() == number.longValue()) {
            return number.longValue();
        }
        throw new BatchFailure("config." + key + " must be a whole number of at least 0, got " + value, false);
    }
}
