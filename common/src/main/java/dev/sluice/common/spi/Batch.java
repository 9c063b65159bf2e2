package dev.sluice.common.spi;

import dev.sluice.common.task.Task;
import java.util.Map;

/**
 * The input of one batch.
 *
 * @param config      the job's {@code config} as the user gave it
 * @param index       the batch's number within the job, from 0
 * @param attempt     0 for the first try, counting up on retries
 * @param firstRecord index of the batch's first record within the job
 * @param recordCount records in the batch, or -1 when the handler decides
 * @param input       what the coordinator's planner chose for this batch (a byte range of a file,
 *                    the ids to write to); empty for operations without a planner
 */
public record Batch(String jobId, String operation, String source, Map<String, Object> config, int index,
                    int attempt, long firstRecord, long recordCount, Map<String, Object> input) {

    public Batch {
        config = config == null ? Map.of() : config;
        input = input == null ? Map.of() : input;
    }

    public static Batch of(Task task) {
        return new Batch(task.jobId(), task.operation(), task.source(), task.config(), task.batch(), task.attempt(),
                task.firstRecord(), task.recordCount(), task.input());
    }
}
