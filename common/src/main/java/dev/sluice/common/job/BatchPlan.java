package dev.sluice.common.job;

/**
 * How a job is cut into batches, decided when it is queued.
 *
 * @param totalRecords records the job will process, or -1 when that is known only afterwards
 * @param totalBatches how many batch tasks the job has
 * @param batchSize    records per batch (the last one may hold fewer)
 */
public record BatchPlan(long totalRecords, int totalBatches, int batchSize) {
    public BatchPlan {
        if (totalBatches < 0 || batchSize < 1 || totalRecords < -1) {
            throw new IllegalArgumentException("invalid batch plan");
        }
    }

    /** Batches of {@code batchSize} over {@code records} known records. */
    public static BatchPlan ofRecords(long records, int batchSize) {
        if (batchSize < 1 || records < 0) {
            throw new IllegalArgumentException("need records >= 0 and batchSize >= 1");
        }
        long batches = (records + batchSize - 1) / batchSize;
        if (batches > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many batches: " + batches);
        }
        return new BatchPlan(records, (int) batches, batchSize);
    }

    /** One batch whose record count the handler reports. */
    public static BatchPlan single(int batchSize) {
        return new BatchPlan(-1, 1, batchSize);
    }

    public long firstRecord(int batch) {
        return (long) batch * batchSize;
    }

    /** Records in batch {@code batch}; -1 when the plan does not know. */
    public long recordsIn(int batch) {
        if (totalRecords < 0) {
            return -1;
        }
        return Math.min(batchSize, totalRecords - firstRecord(batch));
    }
}
