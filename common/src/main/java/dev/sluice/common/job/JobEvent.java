package dev.sluice.common.job;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a job. Events are the source of truth: a job's state is the fold of
 * its events through {@link JobReducer#apply}. Each variant names its wire type on
 * {@code sluice.job-events}.
 */
public sealed interface JobEvent {

    String jobId();

    Instant at();

    /** The {@code type} field on the events topic, such as {@code job:created}. */
    String wireType();

    /**
     * The request became a job, to run on {@code pool}.
     *
     * @param parentId      the job this one belongs to (a pipeline) or retries, or null
     * @param retryAttempts 0 for a job of its own; n for the n-th retry of a failed job
     */
    record Created(String jobId, Instant at, JobSpec spec, String pool, String parentId, int retryAttempts)
            implements JobEvent {
        public Created(String jobId, Instant at, JobSpec spec, String pool, String parentId) {
            this(jobId, at, spec, pool, parentId, 0);
        }

        public String wireType() {
            return "job:created";
        }
    }

    /**
     * The job is ready to run, cut into batches as {@code plan} says.
     *
     * @param resume for a retry: the batches left to run and the counts carried over; null to run all
     */
    record Queued(String jobId, Instant at, BatchPlan plan, Resume resume) implements JobEvent {
        public Queued(String jobId, Instant at, BatchPlan plan) {
            this(jobId, at, plan, null);
        }

        public String wireType() {
            return "job:queued";
        }
    }

    /** Why the job cannot make progress now, or null when it no longer is blocked. */
    record Blocked(String jobId, Instant at, String reason) implements JobEvent {
        public String wireType() {
            return "job:updated";
        }
    }

    /** Batches handed to the pool's topic, each with the attempt it was sent as. */
    record Dispatched(String jobId, Instant at, Map<Integer, Integer> batches) implements JobEvent {
        public Dispatched {
            batches = Map.copyOf(batches);
        }

        public String wireType() {
            return "job:dispatched";
        }
    }

    /** A worker began the job's first batch. */
    record Started(String jobId, Instant at, String workerId) implements JobEvent {
        public String wireType() {
            return "job:started";
        }
    }

    /** A batch finished; its counts join the job's, and its output goes to the operation's result. */
    record BatchDone(String jobId, Instant at, int batch, int attempt, long records, long errors,
                     Map<String, Object> output) implements JobEvent {
        public BatchDone {
            output = output == null ? Map.of() : output;
        }

        public String wireType() {
            return "job:updated";
        }
    }

    /**
     * A batch failed; it is sent again as {@code retryAttempt} once {@code retryAt} has passed
     * (null: at once), or not at all when {@code retryAttempt} is null.
     */
    record BatchFailed(String jobId, Instant at, int batch, int attempt, String error, Integer retryAttempt,
                       Instant retryAt) implements JobEvent {
        public BatchFailed(String jobId, Instant at, int batch, int attempt, String error, Integer retryAttempt) {
            this(jobId, at, batch, attempt, error, retryAttempt, null);
        }

        public String wireType() {
            return "job:updated";
        }
    }

    record Completed(String jobId, Instant at) implements JobEvent {
        public String wireType() {
            return "job:completed";
        }
    }

    /**
     * The job failed.
     *
     * @param code what kind of failure, for programs: see {@link FailureCode}
     */
    record Failed(String jobId, Instant at, String error, String code) implements JobEvent {
        public Failed(String jobId, Instant at, String error) {
            this(jobId, at, error, FailureCode.BATCH_FAILED);
        }

        public String wireType() {
            return "job:failed";
        }
    }

    record Canceled(String jobId, Instant at, String reason) implements JobEvent {
        public String wireType() {
            return "job:canceled";
        }
    }
}
