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
 * @param blockedBy       why it is not running although it could, or null
 * @param retryAttempts   batch attempts spent on retries so far
 * @param parentId        the job this one belongs to (pipeline stage, retry), or null
 * @param batches         dispatch bookkeeping, null until queued
 */
public record JobState(String id, JobSpec spec, String pool, JobStatus status, int progress,
                       long recordsProcessed, long errorCount, String error, String blockedBy,
                       int retryAttempts, String parentId, Instant createdAt, Instant startedAt,
                       Instant completedAt, Batches batches) {

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
                recordsProcessed, errorCount, error, blockedBy, retryAttempts, parentId,
                createdAt, startedAt, completedAt, batches);
    }

    JobState withBatches(Batches next) {
        return new JobState(id, spec, pool, status, next.percent(), recordsProcessed, errorCount,
                error, blockedBy, retryAttempts, parentId, createdAt, startedAt, completedAt, next);
    }

    JobState withCounts(long records, long errors, int retries) {
        return new JobState(id, spec, pool, status, progress, records, errors, error, blockedBy,
                retries, parentId, createdAt, startedAt, completedAt, batches);
    }

    JobState withBlockedBy(String reason) {
        return new JobState(id, spec, pool, status, progress, recordsProcessed, errorCount, error,
                reason, retryAttempts, parentId, createdAt, startedAt, completedAt, batches);
    }

    JobState started(Instant at) {
        JobState running = withStatus(JobStatus.RUNNING);
        return new JobState(id, spec, pool, running.status, progress, recordsProcessed, errorCount,
                error, null, retryAttempts, parentId, createdAt, at, completedAt, batches);
    }

    JobState ended(JobStatus end, Instant at, String why) {
        JobState ended = withStatus(end);
        int percent = end == JobStatus.COMPLETED ? 100 : progress;
        return new JobState(id, spec, pool, ended.status, percent, recordsProcessed, errorCount,
                why, null, retryAttempts, parentId, createdAt, startedAt, at, batches);
    }
}
