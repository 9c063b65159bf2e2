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

    /** A finished batch; {@code output} holds the small facts the handler returned (may be empty). */
    record Done(String jobId, int batch, int attempt, String workerId, Instant at, long records, long errors,
                long durationMs, java.util.Map<String, Object> output) implements TaskReport {
        public Done {
            output = output == null ? java.util.Map.of() : output;
        }
    }

    /**
     * @param retryable false when running the batch again cannot help (bad config, bad data)
     * @param timedOut  true when the batch ran past its timeout and the worker abandoned it
     * @param code      the job's {@code errorCode} should this fail it, as the handler asked
     *                  ({@code BatchFailure.invalidInput}); null for the engine's own
     */
    record Failed(String jobId, int batch, int attempt, String workerId, Instant at, String error,
                  boolean retryable, boolean timedOut, String code) implements TaskReport {
        public Failed(String jobId, int batch, int attempt, String workerId, Instant at, String error,
                      boolean retryable, boolean timedOut) {
            this(jobId, batch, attempt, workerId, at, error, retryable, timedOut, null);
        }

        public Failed(String jobId, int batch, int attempt, String workerId, Instant at, String error,
                      boolean retryable) {
            this(jobId, batch, attempt, workerId, at, error, retryable, false);
        }
    }
}
