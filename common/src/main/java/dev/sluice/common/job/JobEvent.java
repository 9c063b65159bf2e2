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

    /** The job waits until {@code runAt}: a one-off time, or the next firing of its schedule. */
    record Scheduled(String jobId, Instant at, Instant runAt) implements JobEvent {
        public String wireType() {
            return "job:scheduled";
        }
    }

    /** The job waits until each of {@code dependencies} has completed. */
    record Waiting(String jobId, Instant at, java.util.List<String> dependencies) implements JobEvent {
        public Waiting {
            dependencies = java.util.List.copyOf(dependencies);
        }

        public String wireType() {
            return "job:waiting";
        }
    }

    /** One of the jobs this one waits for has completed. */
    record DependencyMet(String jobId, Instant at, String dependency) implements JobEvent {
        public String wireType() {
            return "job:updated";
        }
    }

    /** A recurring schedule started run {@code runId} for its firing at {@code firing}; it fires next at {@code next}. */
    record Fired(String jobId, Instant at, Instant firing, String runId, Instant next) implements JobEvent {
        public String wireType() {
            return "job:updated";
        }
    }

    /** A recurring schedule was paused (no more runs) or resumed. */
    record Paused(String jobId, Instant at, boolean paused, Instant next) implements JobEvent {
        public String wireType() {
            return "job:updated";
        }
    }

    /** A pipeline started {@code stage} as the child job {@code childId}, reading {@code source}. */
    record StageStarted(String jobId, Instant at, String stage, String childId, String source) implements JobEvent {
        public String wireType() {
            return "job:updated";
        }
    }

    /**
     * A pipeline's stage ended as {@code status} (with the child's outputs when it completed, and its
     * counts, which join the pipeline's), and the pipeline is now {@code progress} percent done.
     */
    record StageEnded(String jobId, Instant at, String stage, JobStatus status, Map<String, Object> output,
                      String error, int progress, long records, long errors) implements JobEvent {
        public StageEnded {
            output = output == null ? Map.of() : output;
        }

        public String wireType() {
            return "job:updated";
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

    /**
     * A batch finished; its counts join the job's, and its output goes to the operation's result:
     * the entries of {@code output.result} join the job's {@code output} (see {@link #RESULT}).
     */
    record BatchDone(String jobId, Instant at, int batch, int attempt, long records, long errors,
                     Map<String, Object> output) implements JobEvent {
        /**
         * The key of a batch's output whose map joins the job's {@code output} (and so the data of
         * its result), a later batch's entry replacing an earlier one of the same name. For a few
         * small facts, such as a file's verdict; the rest of the output is the operation's own.
         */
        public static final String RESULT = "result";

        public BatchDone {
            output = output == null ? Map.of() : output;
        }

        /** The facts this batch adds to the job's output; empty when it adds none. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> result() {
            return output.get(RESULT) instanceof Map<?, ?> facts ? (Map<String, Object>) facts : Map.of();
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
