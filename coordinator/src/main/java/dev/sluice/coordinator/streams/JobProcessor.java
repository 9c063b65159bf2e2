package dev.sluice.coordinator.streams;

import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.json.EventCodec;
import dev.sluice.common.topic.Topics;
import dev.sluice.coordinator.decide.Decision;
import dev.sluice.coordinator.decide.JobDecider;
import dev.sluice.coordinator.decide.Notice;
import dev.sluice.common.json.Json;
import dev.sluice.coordinator.intake.Intake;
import dev.sluice.coordinator.intake.RequestDecoder;
import dev.sluice.coordinator.plan.LookupContext;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.record.Workbook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's heart: for each request, report or tick it loads the job, asks the
 * {@link JobDecider}, stores the job after the decision, and sends the decision's events and
 * tasks. Exactly-once processing makes the store, the offsets and the output one transaction.
 */
final class JobProcessor implements Processor<String, CoordinatorInput, String, Out> {

    private static final Logger LOG = LoggerFactory.getLogger(JobProcessor.class);
    /** Each event's public type, as a header, so readers such as workers can filter without parsing. */
    static final String EVENT_TYPE_HEADER = "sluice.type";

    private final Topics topics;
    private final RequestDecoder decoder;
    private final Duration tick;
    private final Duration workerTimeout;
    private ProcessorContext<String, Out> context;
    private KeyValueStore<String, JobState> jobs;
    private KeyValueStore<String, Long> active;
    private Leases leases;
    private Watchers watchers;
    /** Tells apart the log lines this processor writes in one millisecond, with {@link #instance}. */
    private long logLines;
    private final String instance = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1, 36);
    private JobDecider decider;
    private LookupContext lookups;
    private WorkbookOutputs workbooks;
    private FileParts fileParts;

    JobProcessor(Topics topics, RequestDecoder decoder, Duration tick, Duration workerTimeout) {
        this.topics = topics;
        this.decoder = decoder;
        this.tick = tick;
        this.workerTimeout = workerTimeout;
    }

    @Override
    public void init(ProcessorContext<String, Out> context) {
        this.context = context;
        this.jobs = context.getStateStore(Stores.JOBS);
        this.active = context.getStateStore(Stores.ACTIVE);
        ReadOnlyKeyValueStore<String, byte[]> workers = context.getStateStore(Stores.WORKERS);
        this.decider = new JobDecider(new HeartbeatDirectory(workers, workerTimeout, Duration.ofMillis(100)),
                workerTimeout, (id, spec) -> decoder.plan(id, spec, lookups));
        this.watchers = new Watchers(context.getStateStore(Stores.WATCHERS));
        this.leases = new Leases(context.getStateStore(Stores.LEASES));
        this.lookups = new LookupContext(null, GlobalLookup.of(context.getStateStore(Stores.FILE_META), FileMeta.class),
                GlobalLookup.of(context.getStateStore(Stores.WORKBOOKS), Workbook.class),
                id -> ((ReadOnlyKeyValueStore<String, byte[]>) context.getStateStore(Stores.JOB_VIEW)).get(id) != null);
        this.workbooks = new WorkbookOutputs(topics, context.getStateStore(Stores.COLLECTED), lookups::workbook);
        this.fileParts = new FileParts(topics, context.getStateStore(Stores.FILE_PARTS));
        context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, CoordinatorInput> record) {
        try {
            decide(record);
        } catch (RuntimeException e) {
            // A bug must not stop every other job: the record is set aside with the reason, and processing goes on.
            LOG.error("could not process a record of job {}; setting it aside", record.key(), e);
            if (record.value() instanceof CoordinatorInput.Request request) {
                reject(new Intake.Reject(record.key(), null, "internal error: " + e), request.body(),
                        Instant.ofEpochMilli(context.currentSystemTimeMs()));
            }
        }
    }

    private void decide(Record<String, CoordinatorInput> record) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        String jobId = record.key();
        if (record.value() instanceof CoordinatorInput.Report report) {
            JobState job = jobs.get(jobId);
            leases.reported(job, report.report());
            apply(decider.report(job, report.report(), now));
            return;
        }
        if (record.value() instanceof CoordinatorInput.Notice notice) {
            noticed(jobs.get(jobId), notice.notice(), now);
            return;
        }
        byte[] body = ((CoordinatorInput.Request) record.value()).body();
        Intake intake = decoder.decode(jobId, body, lookups, now);
        JobState job = jobs.get(jobId);
        if (intake instanceof Intake.Create create) {
            apply(decider.create(job, create, null, now));
        } else if (intake instanceof Intake.Cancel cancel) {
            apply(decider.cancel(job, cancel.reason(), now));
        } else if (intake instanceof Intake.Pause pause) {
            apply(decider.pause(job, pause.paused(), now));
        } else if (intake instanceof Intake.Retry) {
            decider.retry(job).ifPresent(this::send);
        } else if (job != null && RequestDecoder.isCreate(body)) {
            LOG.info("ignoring a create request for job {}, which exists: {}", jobId, ((Intake.Reject) intake).reason());
        } else {
            reject((Intake.Reject) intake, body, now);
        }
    }

    /** A notice from another job's decision, or from this job's own. */
    private void noticed(JobState job, Notice notice, Instant now) {
        if (notice instanceof Notice.Retry retry) {
            apply(decider.startRetry(job, retry, now));
        } else if (notice instanceof Notice.RetryRequest request) {
            decider.retry(job).ifPresent(retry -> {
                send(retry);
                send(new Notice.Watch(retry.jobId(), request.watcher()));
            });
        } else if (notice instanceof Notice.Start start) {
            apply(decider.startChild(job, start, now));
        } else if (notice instanceof Notice.Cancel cancel) {
            apply(decider.cancel(job, cancel.reason(), now));
        } else if (notice instanceof Notice.Watch watch) {
            watchers.watch(job, watch).forEach(this::send);
        } else if (notice instanceof Notice.Ended ended) {
            apply(decider.ended(job, ended, now));
        }
    }

    private void send(Notice notice) {
        context.forward(new Record<>(notice.jobId(), new Out(topics.jobNotices(), Json.bytes(notice)),
                context.currentSystemTimeMs()));
    }

    private void sweep(long timestamp) {
        Instant now = Instant.ofEpochMilli(timestamp);
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = active.all()) {
            all.forEachRemaining((KeyValue<String, Long> entry) -> ids.add(entry.key));
        }
        for (String id : ids) {
            try {
                JobState job = jobs.get(id);
                apply(decider.tick(job, Leases.mayHold(job) ? leases.of(id) : List.of(), now));
            } catch (RuntimeException e) {
                LOG.error("could not check the timers of job {}", id, e);
            }
        }
    }

    private void apply(Decision decision) {
        if (!decision.changed()) {
            return;
        }
        decision.notices().forEach(this::send);
        JobState after = decision.after();
        if (decision.steps().isEmpty()) {
            return;
        }
        jobs.put(after.id(), after);
        if (after.status().terminal()) {
            active.delete(after.id());
            watchers.ended(after).forEach(this::send);
        } else {
            active.put(after.id(), 0L);
        }
        if (decision.events().stream().anyMatch(Leases::mayEnd)) {
            leases.settle(after);
        }
        long ts = context.currentSystemTimeMs();
        List<JobLogLine> lines = new ArrayList<>(decision.steps().size());
        for (Decision.Step step : decision.steps()) {
            JobEvent event = step.event();
            RecordHeaders type = new RecordHeaders();
            type.add(EVENT_TYPE_HEADER, event.wireType().getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<>(event.jobId(), new Out(topics.jobEvents(),
                    EventCodec.encode(event, step.after())), ts, type));
            lines.add(EventLog.line(event, step.after()));
            if (event instanceof JobEvent.Canceled || event instanceof JobEvent.Failed) {
                context.forward(new Record<>(event.jobId(), new Out(topics.jobEnds(),
                        event.wireType().getBytes(StandardCharsets.UTF_8)), ts));
            }
            if (event instanceof JobEvent.Dispatched dispatched) {
                for (TaskFactory.Keyed task : TaskFactory.tasks(topics, step.after(), dispatched, decoder.planners(),
                        lookups.forJob(event.jobId()))) {
                    context.forward(new Record<>(task.key(), task.task(), ts));
                }
            }
            for (TaskFactory.Keyed workbook : workbooks.after(event, step.after())) {
                context.forward(new Record<>(workbook.key(), workbook.task(), ts));
            }
            for (TaskFactory.Keyed file : fileParts.after(event, step.after())) {
                context.forward(new Record<>(file.key(), file.task(), ts));
            }
        }
        // One log record per decision, not per event: most decisions hold several events.
        context.forward(new Record<>(lines.get(0).key(Long.toString(++logLines, 36) + "-" + instance),
                new Out(topics.jobLogs(), Json.bytes(lines)), ts));
    }

    private void reject(Intake.Reject reject, byte[] body, Instant now) {
        String raw = new String(body, StandardCharsets.UTF_8);
        String request = raw.length() > 2000 ? raw.substring(0, 2000) + "…" : raw;
        RecordHeaders headers = new RecordHeaders();
        headers.add("sluice.reason", reject.reason().getBytes(StandardCharsets.UTF_8));
        if (reject.field() != null) {
            headers.add("sluice.field", reject.field().getBytes(StandardCharsets.UTF_8));
        }
        long ts = context.currentSystemTimeMs();
        context.forward(new Record<>(reject.jobId(), new Out(topics.jobRequestsDlq(), body), ts, headers));
        context.forward(new Record<>("rejected:" + reject.jobId(), new Out(topics.jobEvents(),
                EventCodec.rejected(reject.jobId(), now, reject.field(), reject.reason(), request)), ts));
    }
}
