package dev.sluice.common.topic;

import dev.sluice.common.job.Priority;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of Sluice's topics under one prefix (default {@code sluice}).
 *
 * @param prefix the first part of every topic name
 */
public record Topics(String prefix) {

    public static final String DEFAULT_PREFIX = "sluice";
    public static final String DEFAULT_POOL = "default";

    public Topics {
        if (prefix == null || !prefix.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("topic prefix must be letters, digits, '.', '_' or '-': " + prefix);
        }
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX);
    }

    public String jobRequests() {
        return prefix + ".job-requests";
    }

    public String jobRequestsDlq() {
        return prefix + ".job-requests.dlq";
    }

    public String jobEvents() {
        return prefix + ".job-events";
    }

    public String taskResults() {
        return prefix + ".task-results";
    }

    /** The coordinator's messages to itself about other jobs (a retry to start), keyed by the job concerned. */
    public String jobNotices() {
        return prefix + ".job-notices";
    }

    /**
     * Failed records of jobs: key {@code JOB/BATCH/ATTEMPT/CHUNK} (see {@code ErrorKeys}), value a
     * chunk of a batch's record errors; the newest attempt of a batch is the one that counts.
     */
    public String jobErrors() {
        return prefix + ".job-errors";
    }

    /**
     * Jobs that ended before their batches did (canceled or failed): key the job id, value the event
     * type. Workers follow it to stop those jobs' batches; small, so every worker can read all of it.
     */
    public String jobEnds() {
        return prefix + ".job-ends";
    }

    /** Log lines of jobs, from the coordinator (one per event) and from handlers: key the job id. */
    public String jobLogs() {
        return prefix + ".job-logs";
    }

    public String workers() {
        return prefix + ".workers";
    }

    /** Chunks of stored files: key the file id, value up to one chunk of bytes, header {@code sluice.seq} its index. */
    public String files() {
        return prefix + ".files";
    }

    /** Compacted: file id → the file's meta as JSON (name, size, checksum, where its chunks are). */
    public String fileMeta() {
        return prefix + ".file-meta";
    }

    /** Records of sheets: key {@code SHEET/ROW} (see {@code RecordKeys}), partitioned by sheet id. */
    public String records() {
        return prefix + ".records";
    }

    /** Compacted: workbook id → the workbook: its sheets, their fields, counts and where their records are. */
    public String workbooks() {
        return prefix + ".workbooks";
    }

    /** The consumer group of a pool's workers, {@code sluice-workers-POOL}; its lag is the pool's backlog. */
    public String workerGroup(String pool) {
        return prefix + "-workers-" + pool;
    }

    /** {@code sluice.tasks.high} for the default pool, {@code sluice.tasks.POOL.high} for others. */
    public String tasks(String pool, Priority priority) {
        String base = DEFAULT_POOL.equals(pool) ? prefix + ".tasks" : prefix + ".tasks." + pool;
        return base + "." + priority.wireName();
    }

    /** The pool's task topics, highest priority first. */
    public List<String> tasks(String pool) {
        List<String> names = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            names.add(tasks(pool, priority));
        }
        return names;
    }
}
