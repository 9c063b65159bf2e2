package dev.sluice.common.job;

/** The {@code code} of a failed job or of an entry of its errors: what kind of failure, for programs. */
public final class FailureCode {

    /** A batch failed and could not, or could no more, be retried. */
    public static final String BATCH_FAILED = "batch_failed";
    /** A batch ran past {@code config.batchTimeout}. */
    public static final String BATCH_TIMEOUT = "batch_timeout";
    /** The job ran past its timeout. */
    public static final String JOB_TIMEOUT = "job_timeout";
    /** The workers running a batch were lost too many times. */
    public static final String WORKER_LOST = "worker_lost";
    /** More records failed than {@code config.maxErrors} or {@code config.maxErrorRate} allow. */
    public static final String TOO_MANY_ERRORS = "too_many_errors";
    /** What the job reads turned out missing or wrong when it started (it was scheduled or waited). */
    public static final String INVALID_INPUT = "invalid_input";
    /** A stage of a pipeline failed. */
    public static final String STAGE_FAILED = "stage_failed";
    /** A record failed; the job goes on. */
    public static final String RECORD_FAILED = "record_failed";

    private FailureCode() {
    }
}
