package dev.sluice.coordinator.streams;

import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetIds;
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
 * (ready or failed) with each sheet's fields, record count and where its records are. What the batches
 * report about each sheet (see {@link SheetReport}) is collected per job in between, so one job may
 * write several sheets (an xlsx extract writes one per sheet of the file).
 */
public final class WorkbookOutputs {

    /** The plan output that marks a job as the writer of the workbook named by {@code workbookId}. */
    public static final String WRITES_WORKBOOK = "writesWorkbook";
    /** The plan output holding the written sheet's schema (see {@link Workbook.Sheet#schema()}), if it has one. */
    public static final String SCHEMA = "schema";
    /** The plan output that names the workbook; without it the workbook is named after its {@code sheetName}. */
    public static final String WORKBOOK_NAME = "workbookName";
    /** The plan output that the ids of a job's sheets are made from, when batches report the sheets (see {@link SheetIds}). */
    public static final String SHEET_ID_BASE = "sheetIdBase";

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
            collect(job.id(), done.batch(), SheetReport.of(done.output(), outputs));
            return List.of();
        }
        if (event instanceof JobEvent.Queued queued) {
            Collected kept = queued.resume() == null ? Collected.NONE : kept(workbookId, outputs);
            if (!kept.sheets().isEmpty()) {
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

    /**
     * What the failed job that a retry resumes wrote: the retry keeps it and adds its own. A kept sheet's tab
     * position is read back from its id (see {@link SheetIds}), since a failed run may have written the sheets
     * before and after one it did not finish.
     */
    private Collected kept(String workbookId, Map<String, Object> outputs) {
        List<CollectedSheet> kept = new ArrayList<>();
        String base = (String) outputs.getOrDefault(SHEET_ID_BASE, outputs.get("sheetId"));
        List<Workbook.Sheet> sheets = workbooks.apply(workbookId).map(Workbook::sheets).orElse(List.of());
        for (int position = 0; position < sheets.size(); position++) {
            Workbook.Sheet sheet = sheets.get(position);
            int index = base == null ? position : SheetIds.position(base, sheet.id()).orElse(position);
            List<CollectedSheet.SeenField> fields = new ArrayList<>();
            for (int i = 0; i < sheet.fields().size(); i++) {
                fields.add(new CollectedSheet.SeenField(sheet.fields().get(i), -1, i));
            }
            kept.add(new CollectedSheet(sheet.id(), sheet.name(), index, sheet.segments(), fields));
        }
        return new Collected(kept);
    }

    private void collect(String jobId, int batch, List<SheetReport> reports) {
        Collected all = collected.get(jobId);
        all = all == null ? Collected.NONE : all;
        for (SheetReport report : reports) {
            all = all.with(report, batch);
        }
        collected.put(jobId, all);
    }

    private TaskFactory.Keyed publish(String workbookId, JobState job, Map<String, Object> outputs, String status,
                                      Collected all) {
        String name = (String) outputs.getOrDefault(WORKBOOK_NAME, outputs.get("sheetName"));
        Workbook workbook = new Workbook(workbookId, name, status, job.id(), job.createdAt(), sheets(outputs, all));
        return new TaskFactory.Keyed(workbookId, new Out(topics.workbooks(), Json.bytes(workbook)));
    }

    /**
     * The sheets in tab order: each sheet a batch reported, and the sheet the plan names ({@code sheetId}) even
     * before any batch reported it. A sheet's fields are the plan's {@code fields} when it names them, else the
     * union of the batches' in batch order; its record count is the rows its batches wrote.
     */
    @SuppressWarnings("unchecked")
    static List<Workbook.Sheet> sheets(Map<String, Object> outputs, Collected all) {
        List<CollectedSheet> sheets = new ArrayList<>(all.sheets());
        String planned = (String) outputs.get("sheetId");
        if (planned != null && sheets.stream().noneMatch(sheet -> sheet.id().equals(planned))) {
            sheets.add(0, new CollectedSheet(planned, (String) outputs.get("sheetName"), 0, List.of(), List.of()));
        }
        List<Workbook.Sheet> published = new ArrayList<>();
        for (CollectedSheet sheet : sheets) {
            List<String> fields = sheet.id().equals(planned) && outputs.get("fields") != null
                    ? (List<String>) outputs.get("fields") : sheet.fields();
            Map<String, Object> schema = sheet.id().equals(planned) ? (Map<String, Object>) outputs.get(SCHEMA) : null;
            published.add(new Workbook.Sheet(sheet.id(), sheet.name(), fields == null ? List.of() : fields, sheet.records(),
                    sheet.segments(), schema));
        }
        return published;
    }
}
