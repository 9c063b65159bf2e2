package dev.sluice.common.task;

import java.time.Instant;

/**
 * What a worker tells the coordinator about a batch, on {@code sluice.task-results}. The
 * coordinator folds each (job, batch, attempt) once, so a report sent twice counts once.
 */
public sealed interface TaskReport {

    String jobId();

    int batch();

    int attempt();

    String workerId();

    Instant at();

    record Started(String jobId, int batch, int attempt, String workerId, Instant at) implements TaskReport {
    }

    record Done(String jobId, int batch, int attempt, String workerId, Instant at, long records, long errors,
                long durationMs) implements TaskReport {
    }

    /**
     * @param retryable false when running the batch again cannot help (bad config, bad data)
     */
    record Failed(String jobId, int batch, int attempt, String workerId, Instant at, String error,
                  boolean retryable) implements TaskReport {
    }
}
