package dev.sluice.common.job;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as the reducer has folded it from its events. Holds counters, never data.
 *
 * @param id              the job's id, also the key of all its records
 * @param spec            what was asked
 * @param pool            the worker pool that runs it
 * @param status          where it is in its lifecycle
 * @param progress        percent done, 0 to 100
 * @param recordsProcessed records its batches reported as processed
 * @param errorCount      records its batches reported as failed
 * @param error           why it failed or was canceled, or null
 * @param errorCode       what kind of failure ({@link FailureCode}), or null
 * @param blockedBy       why it is not running although it could, or null
 * @param retryAttempts   0 for a job of its own, n for the n-th retry of a failed job
 * @param batchRetries    batch attempts spent on retries so far
 * @param parentId        the job this one belongs to (pipeline stage) or retries, or null
 * @param batches         dispatch bookkeeping, null until queued
 * @param gate            what holds it before it is queued (a time, other jobs), or null
 * @param recurrence      where it stands as a recurring schedule, or null for other jobs
 * @param stages          a pipeline's stages that have started, by name; empty for other jobs
 */
public record JobState(String id, JobSpec spec, String pool, JobStatus status, int progress,
                       long recordsProcessed, long errorCount, String error, String errorCode, String blockedBy,
                       int retryAttempts, int batchRetries, String parentId, Instant createdAt,
                       Instant startedAt, Instant completedAt, Batches batches, Gate gate, Recurrence recurrence,
                       java.util.SortedMap<String, StageRun> stages) {

    public JobState {
        stages = stages == null ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(stages));
    }

    static JobState created(JobEvent.Created created) {
        return new JobState(created.jobId(), created.spec(), created.pool(), JobStatus.CREATED, 0, 0, 0,
                null, null, null, created.retryAttempts(), 0, created.parentId(), created.at(), null, null, null,
                null, null, null);
    }

    JobState withCoordination(Gate nextGate, Recurrence nextRecurrence, java.util.SortedMap<String, StageRun> nextStages,
                              int nextProgress) {
        return new JobState(id, spec, pool, status, nextProgress, recordsProcessed, errorCount, error, errorCode,
                blockedBy, retryAttempts, batchRetries, parentId, createdAt, startedAt, completedAt, batches,
                nextGate, nextRecurrence, nextStages);
    }

    /** Run time in ms: from start (or creation when it never started) to completion; null while not terminal. */
    public Long duration() {
        if (completedAt == null) {
            return null;
        }
        Instant from = startedAt != null ? startedAt : createdAt;
        return Duration.between(from, completedAt).toMillis();
    }

    JobState withStatus(JobStatus next) {
        return new JobState(id, spec, pool, JobTransitions.check(id, status, next), progress,
                recordsProcessed, errorCount, error, errorCode, blockedBy, retryAttempts, batchRetries, parentId,
                createdAt, startedAt, completedAt, batches, gate, recurrence, stages);
    }

    JobState withBatches(Batches next) {
        return new JobState(id, spec, pool, status, next.percent(), recordsProcessed, errorCount,
                error, errorCode, blockedBy, retryAttempts, batchRetries, parentId, createdAt, startedAt, completedAt,
                next, gate, recurrence, stages);
    }

    JobState withCounts(long records, long errors, int retries) {
        return new JobState(id, spec, pool, status, progress, records, errors, error, errorCode, blockedBy,
                retryAttempts, retries, parentId, createdAt, startedAt, completedAt, batches, gate, recurrence, stages);
    }

    JobState withBlockedBy(String reason) {
        return new JobState(id, spec, pool, status, progress, recordsProcessed, errorCount, error, errorCode,
                reason, retryAttempts, batchRetries, parentId, createdAt, startedAt, completedAt, batches, gate, recurrence, stages);
    }

    JobState started(Instant at) {
        JobState running = withStatus(JobStatus.RUNNING);
        return new JobState(id, spec, pool, running.status, progress, recordsProcessed, errorCount,
                error, errorCode, null, retryAttempts, batchRetries, parentId, createdAt, at, completedAt, batches, gate,
                recurrence, stages);
    }

    JobState ended(JobStatus end, Instant at, String why, String code) {
        JobState ended = withStatus(end);
        int percent = end == JobStatus.COMPLETED ? 100 : progress;
        return new JobState(id, spec, pool, ended.status, percent, recordsProcessed, errorCount,
                why, code, null, retryAttempts, batchRetries, parentId, createdAt, startedAt, at, batches, gate,
                recurrence, stages);
    }
}
