package dev.sluice.coordinator.streams;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Publishes the workbook a job writes: when the job is queued (status extracting), and when it ends
 * (ready or failed) with its record count and where its records are. Batches' segments are
 * collected per job in between.
 */
public final class WorkbookOutputs {

    /** The plan output that marks a job as the writer of the workbook named by {@code workbookId}. */
    public static final String WRITES_WORKBOOK = "writesWorkbook";
    /** The plan output holding the written sheet's schema (see {@link Workbook.Sheet#schema()}), if it has one. */
    public static final String SCHEMA = "schema";

    private final Topics topics;
    private final KeyValueStore<String, Collected> collected;
    private final Function<String, Optional<Workbook>> workbooks;

    WorkbookOutputs(Topics topics, KeyValueStore<String, Collected> collected,
                    Function<String, Optional<Workbook>> workbooks) {
        this.topics = topics;
        this.collected = collected;
        this.workbooks = workbooks;
    }

    /** Workbook records to send after {@code event}, keyed by workbook id. */
    List<TaskFactory.Keyed> after(JobEvent event, JobState job) {
        Map<String, Object> outputs = job.batches() == null ? Map.of() : job.batches().plan().outputs();
        if (!Boolean.TRUE.equals(outputs.get(WRITES_WORKBOOK)) || !(outputs.get("workbookId") instanceof String workbookId)) {
            return List.of();
        }
        if (event instanceof JobEvent.BatchDone done) {
            collect(job.id(), done.output());
            return List.of();
        }
        if (event instanceof JobEvent.Queued queued) {
            Collected kept = queued.resume() == null ? Collected.NONE : kept(workbookId);
            if (!kept.segments().isEmpty()) {
                collected.put(job.id(), kept);
            }
            return List.of(publish(workbookId, job, outputs, Workbook.EXTRACTING, kept));
        }
        if (job.status().terminal()) {
            Collected all = collected.get(job.id());
            collected.delete(job.id());
            String status = job.status() == JobStatus.COMPLETED ? Workbook.READY : Workbook.FAILED;
            return List.of(publish(workbookId, job, outputs, status, all == null ? Collected.NONE : all));
        }
        return List.of();
    }

    /** What the failed job that a retry resumes wrote: the retry keeps it and adds its own. */
    private Collected kept(String workbookId) {
        Collected kept = Collected.NONE;
        for (Workbook.Sheet sheet : workbooks.apply(workbookId).map(Workbook::sheets).orElse(List.of())) {
            for (Segment segment : sheet.segments()) {
                kept = kept.with(segment, sheet.fields().isEmpty() ? null : sheet.fields());
            }
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private void collect(String jobId, Map<String, Object> output) {
        Segment segment = output.get("segment") == null ? null : Json.convert(output.get("segment"), Segment.class);
        List<String> fields = (List<String>) output.get("fields");
        Collected before = collected.get(jobId);
        collected.put(jobId, (before == null ? Collected.NONE : before).with(segment, fields));
    }

    @SuppressWarnings("unchecked")
    private TaskFactory.Keyed publish(String workbookId, JobState job, Map<String, Object> outputs, String status,
                                      Collected all) {
        List<String> fields = outputs.get("fields") != null ? (List<String>) outputs.get("fields")
                : all.fields() != null ? all.fields() : List.of();
        Workbook.Sheet sheet = new Workbook.Sheet((String) outputs.get("sheetId"), (String) outputs.get("sheetName"),
                fields, job.recordsProcessed(), new ArrayList<>(all.segments()),
                (Map<String, Object>) outputs.get(SCHEMA));
        Workbook workbook = new Workbook(workbookId, (String) outputs.get("sheetName"), status, job.id(),
                job.createdAt(), List.of(sheet));
        return new TaskFactory.Keyed(workbookId, new Out(topics.workbooks(), Json.bytes(workbook)));
    }
}
