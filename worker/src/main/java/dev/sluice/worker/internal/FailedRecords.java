package dev.sluice.worker.internal;

import dev.sluice.common.error.ErrorChunk;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stores a batch's failed records on the errors topic before the batch is reported done, so a job
 * never counts an error whose record it cannot show. Chunks of {@link ErrorChunk#MAX_ERRORS}.
 */
final class FailedRecords {

    private static final long ACK_TIMEOUT_MS = 30_000;

    private final Reporter reporter;

    FailedRecords(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Writes {@code failed} and waits for the broker; a batch whose failures cannot be stored fails,
     * retryably. A batch that ran before and now has no failures writes one empty chunk, so the
     * failures of its earlier attempt no longer count.
     */
    void store(Task task, List<RecordError> failed) throws BatchFailure, InterruptedException {
        if (failed.isEmpty() && task.attempt() == 0) {
            return;
        }
        int chunks = (failed.size() + ErrorChunk.MAX_ERRORS - 1) / ErrorChunk.MAX_ERRORS;
        List<CompletableFuture<Boolean>> acks = new ArrayList<>();
        if (chunks == 0) {
            acks.add(reporter.errors(new ErrorChunk(task.jobId(), task.batch(), task.attempt(), 0, 0,
                    task.operation(), List.of())));
        }
        for (int i = 0; i < chunks; i++) {
            List<RecordError> part = failed.subList(i * ErrorChunk.MAX_ERRORS,
                    Math.min(failed.size(), (i + 1) * ErrorChunk.MAX_ERRORS));
            acks.add(reporter.errors(new ErrorChunk(task.jobId(), task.batch(), task.attempt(), i, chunks,
                    task.operation(), part)));
        }
        try {
            for (CompletableFuture<Boolean> ack : acks) {
                if (!ack.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                    throw new BatchFailure("could not store the batch's " + failed.size() + " failed records", true);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new BatchFailure("could not store the batch's " + failed.size() + " failed records: " + e, true);
        }
    }
}
