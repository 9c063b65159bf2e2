package dev.sluice.coordinator.streams;

/** Names of the coordinator's state stores. */
public final class Stores {
    /** Job id → the job's folded state; changelogged, so a new instance restores it. */
    public static final String JOBS = "jobs";
    /** Ids of jobs that are not terminal, for the timer's sweep. */
    public static final String ACTIVE = "active-jobs";
    /** Job id → the newest event envelope of the job (global: every instance has every job). */
    public static final String JOB_VIEW = "job-view";
    /** File id → the file's meta (global, over the file-meta topic: every instance knows every file). */
    public static final String FILE_META = "file-meta";
    /** Worker id → its newest heartbeat (global). */
    public static final String WORKERS = "workers";

    /** Workbook id → the workbook: sheets, fields, counts, where records are (global, over the workbooks topic). */
    public static final String WORKBOOKS = "workbooks";
    /** Job id → the segments and fields a data-writing job's batches reported so far. */
    public static final String COLLECTED = "collected";

    /** File id → the parts of an export file written in parts that its batches reported so far (see {@code FileParts}). */
    public static final String FILE_PARTS = "file-parts";

    /** {@code JOB/BATCH} → the lease a worker holds on a started batch, until its result. */
    public static final String LEASES = "leases";
    /** Failed records: {@code JOB/BATCH/ATTEMPT/CHUNK} → a chunk of them (global, over the job-errors topic). */
    public static final String ERRORS = "job-errors";
    /** Log lines: {@code JOB/OFFSET} → a line of the job's log (global, over the job-logs topic). */
    public static final String LOGS = "job-logs";

    /** {@code JOB/WATCHER} → the watcher: who waits to hear that a job ended (dependants, pipelines). */
    public static final String WATCHERS = "watchers";

    private Stores() {
    }
}
