package dev.sluice.worker.internal;

import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.DataAccess;
import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of batch threads, each taking the next task from the buffer, running it,
 * and publishing its reports. A task whose report the broker acknowledged is passed to
 * {@code acknowledged}, which lets its offset be committed.
 */
final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final int concurrency;
    private final TaskBuffer buffer;
    private final HandlerRegistry handlers;
    private final DataAccess data;
    private final Reports reports;
    private final Reporter reporter;
    private final BatchMeters meters;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Consumer<Delivery> acknowledged;
    private final EndedJobs ended;
    private final ExecutorService threads;

    BatchRunner(int concurrency, TaskBuffer buffer, HandlerRegistry handlers, DataAccess data, Reports reports,
                Reporter reporter, BatchMeters meters, ScheduledExecutorService timer, Clock clock,
                Consumer<Delivery> acknowledged, EndedJobs ended) {
        this.concurrency = concurrency;
        this.buffer = buffer;
        this.handlers = handlers;
        this.data = data;
        this.reports = reports;
        this.reporter = reporter;
        this.meters = meters;
        this.timer = timer;
        this.clock = clock;
        this.acknowledged = acknowledged;
        this.ended = ended;
        this.threads = Executors.newFixedThreadPool(concurrency, Daemons.named("sluice-batch"));
    }

    void start() {
        for (int i = 0; i < concurrency; i++) {
            threads.execute(this::takeUntilClosed);
        }
    }

    /** Interrupts batches that are still running; their tasks stay uncommitted. */
    void close() {
        threads.shutdownNow();
    }

    private void takeUntilClosed() {
        try {
            for (Optional<Delivery> next = buffer.take(); next.isPresent(); next = buffer.take()) {
                executeLogged(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void executeLogged(Delivery delivery) {
        try {
            execute(delivery);
        } catch (RuntimeException e) {
            // Keeps the batch thread alive; the task stays uncommitted and comes back after a restart.
            LOG.error("Batch {} of job {} could not be run", delivery.task().batch(), delivery.task().jobId(), e);
        }
    }

    private void execute(Delivery delivery) {
        Task task = delivery.task();
        Optional<BatchHandler> handler = handlers.find(task.operation());
        if (handler.isEmpty()) {
            finish(delivery, reports.noHandler(task));
            return;
        }
        String endedAs = ended.ended(task.jobId());
        if (endedAs != null) {
            finish(delivery, reports.jobEnded(task, endedAs)); // never started: its job is over
            return;
        }
        reporter.report(reports.started(task));
        var run = new BatchRun(task, handler.get(), reports, reports.workerId(), data, reporter);
        run.outcome().thenAccept(outcome -> finish(delivery, outcome));
        meters.started();
        ended.started(task.jobId(), run);
        try {
            run.run(timer, clock);
        } finally {
            ended.finished(task.jobId(), run);
            meters.ended();
        }
    }

    private void finish(Delivery delivery, Outcome outcome) {
        reporter.report(outcome.report()).whenComplete((acked, error) -> {
            if (Boolean.TRUE.equals(acked)) {
                acknowledged.accept(delivery);
            }
            buffer.settled();
        });
        meters.record(delivery.task().operation(), outcome);
    }
}
