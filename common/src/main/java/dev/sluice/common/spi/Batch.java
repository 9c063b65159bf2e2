package dev.sluice.common.spi;

import java.util.Map;

/**
 * The input of one batch.
 *
 * @param config      the job's {@code config} as the user gave it
 * @param index       the batch's number within the job, from 0
 * @param attempt     0 for the first try, counting up on retries
 * @param firstRecord index of the batch's first record within the job
 * @param recordCount records in the batch, or -1 when the handler decides
 */
public record Batch(String jobId, String operation, String source, Map<String, Object> config, int index,
                    int attempt, long firstRecord, long recordCount) {
}
