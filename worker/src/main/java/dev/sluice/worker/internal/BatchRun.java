package dev.sluice.worker.internal;

import dev.sluice.common.error.JobLogLine;

import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of one batch on the calling thread, bounded by the task's timeout. Whichever ends
 * first, the handler or the timeout, decides the {@link #outcome()}; on expiry the handler is
 * asked to stop and its thread interrupted, and whatever it returns later is ignored.
 */
final class BatchRun implements BatchContext {

    private final Task task;
    private final BatchHandler handler;
    private final Reports reports;
    private final String workerId;
    private final DataAccess data;
    private final Reporter reporter;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile boolean stopRequested;
    private Thread thread; // guarded by this: the thread to interrupt while the handler runs

    BatchRun(Task task, BatchHandler handler, Reports reports, String workerId, DataAccess data, Reporter reporter) {
        this.task = task;
        this.handler = handler;
        this.reports = reports;
        this.workerId = workerId;
        this.data = data;
        this.reporter = reporter;
    }

    /** Completes once, when the handler returns or the timeout expires. */
    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    /** Runs the handler here; a task whose timeout is not positive runs unbounded. */
    void run(ScheduledExecutorService timer, Clock clock) {
        ScheduledFuture<?> expiry = task.timeoutMs() > 0
                ? timer.schedule(this::expire, task.timeoutMs(), TimeUnit.MILLISECONDS) : null;
        Instant start = clock.instant();
        synchronized (this) {
            thread = Thread.currentThread();
            if (stopRequested) {
                thread.interrupt(); // stopped before it started: the handler sees it at once
            }
        }
        try {
            var result = handler.run(batch(), this);
            new FailedRecords(reporter).store(task, result.failed());
            outcome.complete(reports.done(task, result, Duration.between(start, clock.instant())));
        } catch (Exception | Error e) {
            outcome.complete(reports.failed(task, e, Duration.between(start, clock.instant())));
        } finally {
            synchronized (this) {
                thread = null;
            }
            Thread.interrupted(); // an expiry may have raced the return; the next batch must not see it
            if (expiry != null) {
                expiry.cancel(false);
            }
        }
    }

    /** The job ended ({@code why}, such as {@code job:canceled}): the handler is asked to stop and interrupted. */
    void stop(String why) {
        if (outcome.complete(reports.jobEnded(task, why))) {
            stopRequested = true; // after the outcome, so a handler that sees it cannot report first
            synchronized (this) {
                if (thread != null) {
                    thread.interrupt();
                }
            }
        }
    }

    private void expire() {
        if (outcome.complete(reports.timedOut(task))) {
            stopRequested = true;
            synchronized (this) {
                if (thread != null) {
                    thread.interrupt();
                }
            }
        }
    }

    private Batch batch() {
        return Batch.of(task);
    }

    @Override
    public String workerId() {
        return workerId;
    }

    @Override
    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public DataAccess data() {
        return data;
    }

    @Override
    public void log(String level, String message) {
        reporter.log(new JobLogLine(task.jobId(), reports.now(), workerId, level, task.batch(), message));
    }
}
