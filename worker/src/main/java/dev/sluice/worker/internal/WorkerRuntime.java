package dev.sluice.worker.internal;

import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.worker.WorkerSettings;
import dev.sluice.worker.data.KafkaDataAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running parts of one worker and their lifecycle: a poll thread, the batch threads, a timer
 * for timeouts and heartbeats, and the Kafka clients. Built and started by {@code Worker.start}.
 */
public final class WorkerRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerRuntime.class);
    private static final Duration PRODUCER_CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final WorkerSettings settings;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaDataAccess data;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, Daemons.named("sluice-timer"));
    private final TaskBuffer buffer;
    private final BatchMeters meters;
    private final BatchRunner runner;
    private final Heartbeats heartbeats;
    private final JobEndWatcher jobEnds;
    private final Rebalance rebalance;
    private final PollLoop loop;
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private volatile boolean live;

    private WorkerRuntime(WorkerSettings settings, HandlerRegistry handlers, MeterRegistry registry, Clock clock) {
        this.settings = settings;
        List<String> topics = settings.topics().tasks(settings.pool());
        int perPriority = ClientConfigs.bufferPerPriority(settings.concurrency());
        producer = new KafkaProducer<>(ClientConfigs.producer(settings));
        consumer = consumerOrClose(settings, producer);
        data = new KafkaDataAccess(settings.bootstrapServers(), settings.topics(), settings.workerId() + "-data", clock);
        timer.setRemoveOnCancelPolicy(true); // most timeouts are canceled; don't keep them queued
        buffer = new TaskBuffer(new PriorityPicker<>(topics.size(), settings.aging()), clock, perPriority,
                consumer::wakeup);
        meters = new BatchMeters(registry, settings.pool(), settings.concurrency());
        var reporter = new Reporter(producer, settings.topics());
        var commits = new Commits(consumer);
        EndedJobs ended = new EndedJobs();
        jobEnds = new JobEndWatcher(new KafkaConsumer<>(ClientConfigs.eventWatcher(settings)), settings.topics().jobEnds(),
                ended);
        runner = new BatchRunner(settings.concurrency(), buffer, handlers, data,
                new Reports(settings.workerId(), settings.pool(), clock), reporter, meters, timer, clock,
                commits::acknowledged, ended);
        heartbeats = new Heartbeats(reporter, settings.workerId(), settings.pool(), handlers.operations(),
                settings.concurrency(), meters::inFlight, clock);
        rebalance = new Rebalance(buffer, commits);
        loop = new PollLoop(consumer, topics, buffer, commits, new FlowControl(topics, perPriority), rebalance);
    }

    private static KafkaConsumer<byte[], byte[]> consumerOrClose(WorkerSettings settings,
                                                                 KafkaProducer<?, ?> producer) {
        try {
            return new KafkaConsumer<>(ClientConfigs.consumer(settings));
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
    }

    /** Creates the clients and starts every thread. */
    public static WorkerRuntime start(WorkerSettings settings, HandlerRegistry handlers, MeterRegistry registry,
                                      Clock clock) {
        var runtime = new WorkerRuntime(settings, handlers, registry, clock);
        runtime.live = true;
        runtime.heartbeats.start(runtime.timer, settings.heartbeatInterval());
        runtime.runner.start();
        Thread watcher = new Thread(runtime.jobEnds, "sluice-job-ends-" + settings.workerId());
        watcher.setDaemon(true);
        watcher.start();
        Thread poll = new Thread(runtime::runLoop, "sluice-poll-" + settings.workerId());
        poll.start();
        return runtime;
    }

    /** True while the poll loop runs. */
    public boolean live() {
        return live;
    }

    /** True once the consumer joined its group, until a stop is requested or the loop ends. */
    public boolean ready() {
        return live && rebalance.joined() && !loop.stopRequested();
    }

    /** Asks the worker to finish its batches in flight and close; the future completes when it has. */
    public CompletableFuture<Void> stop() {
        loop.requestStop();
        return terminated;
    }

    /** Completes when the worker has closed, exceptionally if its poll loop failed. */
    public CompletableFuture<Void> terminated() {
        return terminated;
    }

    private void runLoop() {
        Throwable failure = null;
        try {
            loop.run();
        } catch (Throwable e) {
            LOG.error("The poll loop of worker {} failed; the worker stops", settings.workerId(), e);
            failure = e;
        } finally {
            live = false;
            close();
        }
        if (failure == null) {
            terminated.complete(null);
        } else {
            terminated.completeExceptionally(failure);
        }
    }

    private void close() {
        buffer.close();
        heartbeats.stop();
        jobEnds.stop();
        closeQuietly("consumer", consumer::close);
        closeQuietly("producer", () -> producer.close(PRODUCER_CLOSE_TIMEOUT));
        runner.close();
        closeQuietly("data access", data::close);
        timer.shutdownNow();
        meters.close();
    }

    private void closeQuietly(String what, Runnable close) {
        try {
            close.run();
        } catch (RuntimeException e) {
            LOG.warn("Closing the {} of worker {} failed", what, settings.workerId(), e);
        }
    }
}
