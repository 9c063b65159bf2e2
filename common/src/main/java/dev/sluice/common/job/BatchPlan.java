package dev.sluice.common.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a job is cut into batches, decided when it is queued.
 *
 * @param totalRecords records the job will process, or -1 when that is known only afterwards
 * @param totalBatches how many batch tasks the job has
 * @param batchSize    records per batch (the last one may hold fewer)
 * @param outputs      what the job will produce, decided when planning: ids of the workbook, sheet or
 *                     file it writes ({@code workbookId}, {@code sheetId}, {@code fileId}, {@code fileUrl}); shown
 *                     in the job's result
 */
public record BatchPlan(long totalRecords, int totalBatches, int batchSize, Map<String, Object> outputs) {
    public BatchPlan {
        if (totalBatches < 0 || batchSize < 1 || totalRecords < -1) {
            throw new IllegalArgumentException("invalid batch plan");
        }
        outputs = outputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public BatchPlan(long totalRecords, int totalBatches, int batchSize) {
        this(totalRecords, totalBatches, batchSize, Map.of());
    }

    public BatchPlan withOutputs(Map<String, Object> produced) {
        return new BatchPlan(totalRecords, totalBatches, batchSize, produced);
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
