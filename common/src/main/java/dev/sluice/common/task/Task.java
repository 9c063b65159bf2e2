package dev.sluice.common.task;

import java.time.Instant;
import java.util.Map;

/**
 * One batch of a job, as the coordinator hands it to a worker pool's priority topic. It carries
 * everything a stateless worker needs.
 *
 * @param firstRecord index of the batch's first record within the job
 * @param recordCount records in the batch, or -1 when the handler decides
 * @param timeoutMs   longest the batch may run before the worker abandons it
 * @param input       what the planner chose for this batch, such as a byte range of a file
 */
public record Task(String jobId, String operation, String source, Map<String, Object> config,
                   int batch, int attempt, long firstRecord, long recordCount, long timeoutMs,
                   Instant dispatchedAt, Map<String, Object> input) {
    public Task {
        config = config == null ? Map.of() : config;
        input = input == null ? Map.of() : input;
    }
}
