package dev.sluice.coordinator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobReducer;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.Resume;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.testing.JobEvents;
import dev.sluice.common.topic.Topics;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

class WorkbookOutputsTest {

    private static final String JOB = "job_1";
    private static final Map<String, Object> CSV_PLAN = Map.of(WorkbookOutputs.WRITES_WORKBOOK, true, "workbookId", "wb_1",
            "sheetId", "sh_1", "sheetName", "people", "fields", List.of("id", "name"));
    private static final Map<String, Object> XLSX_PLAN = Map.of(WorkbookOutputs.WRITES_WORKBOOK, true, "workbookId", "wb_1",
            "workbookName", "sales", "sheetIdBase", "sh_1");

    private final Map<String, Collected> store = new HashMap<>();
    private final Map<String, Workbook> published = new HashMap<>();
    private final WorkbookOutputs outputs = new WorkbookOutputs(Topics.defaults(), store(store),
            id -> Optional.ofNullable(published.get(id)));
    private final JobEvents events = JobEvents.forJob(JOB);
    private JobState job;

    @Test
    void anXlsxJobPublishesEverySheetInTabOrderWithItsOwnFieldsCountsAndSegmentsWhateverOrderBatchesEndIn() {
        run(events.created(), events.queued(new BatchPlan(-1, 3, 1000, XLSX_PLAN)), events.started(), events.dispatched(0, 1, 2));
        assertThat(last().status()).isEqualTo(Workbook.EXTRACTING);
        assertThat(last().sheets()).isEmpty();

        run(done(2, sheets(sheet("sh_1_3", "Notes", 2, List.of("note"), segment(2, 0, 4)),
                        sheet("sh_1_4", "Empty", 3, List.of(), null))),
                done(0, sheets(sheet("sh_1", "Customers", 0, List.of("id", "name", "joined"), segment(0, 0, 3)))),
                done(1, sheets(sheet("sh_1_2", "Orders", 1, List.of("order", "total"), segment(1, 0, 2)))),
                events.completed());

        Workbook workbook = last();
        assertThat(workbook.name()).isEqualTo("sales");
        assertThat(workbook.status()).isEqualTo(Workbook.READY);
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::id).containsExactly("sh_1", "sh_1_2", "sh_1_3", "sh_1_4");
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::name).containsExactly("Customers", "Orders", "Notes", "Empty");
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::fields).containsExactly(List.of("id", "name", "joined"),
                List.of("order", "total"), List.of("note"), List.of());
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::recordCount).containsExactly(3L, 2L, 4L, 0L);
        assertThat(workbook.sheets().get(1).segments()).containsExactly(segment(1, 0, 2));
        assertThat(workbook.sheets().get(3).segments()).isEmpty();
        assertThat(store).isEmpty();
    }

    @Test
    void fieldsReportedByRangesOfOneSheetAreTheirUnionInRangeOrderWhateverOrderTheyArriveIn() {
        Map<String, Object> plan = Map.of(WorkbookOutputs.WRITES_WORKBOOK, true, "workbookId", "wb_1", "sheetId", "sh_1",
                "sheetName", "rows");
        run(events.created(), events.queued(new BatchPlan(6, 3, 2, plan)), events.started(), events.dispatched(0, 1, 2),
                done(2, flat(List.of("id", "late", "b"), segment(4, 4, 2))),
                done(1, flat(List.of("b", "id", "c"), segment(2, 2, 2))),
                done(0, flat(List.of("id", "a"), segment(0, 0, 2))),
                events.completed());

        Workbook.Sheet sheet = last().sheets().get(0);
        assertThat(sheet.fields()).containsExactly("id", "a", "b", "c", "late");
        assertThat(sheet.recordCount()).isEqualTo(6);
        assertThat(sheet.segments()).extracting(Segment::firstRow).containsExactly(0L, 2L, 4L);
        assertThat(last().name()).isEqualTo("rows");
    }

    @Test
    void aCsvJobPublishesItsOneSheetWithThePlannedFieldsAsBefore() {
        run(events.created(), events.queued(new BatchPlan(5, 2, 3, CSV_PLAN)));
        assertThat(last().sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.id()).isEqualTo("sh_1");
            assertThat(sheet.fields()).containsExactly("id", "name");
            assertThat(sheet.recordCount()).isZero();
        });

        run(events.started(), events.dispatched(0, 1), done(1, flat(null, segment(3, 3, 2))), done(0, flat(null, segment(0, 0, 3))), events.failed("boom"));

        Workbook workbook = last();
        assertThat(workbook.name()).isEqualTo("people");
        assertThat(workbook.status()).isEqualTo(Workbook.FAILED);
        assertThat(workbook.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.fields()).containsExactly("id", "name");
            assertThat(sheet.recordCount()).isEqualTo(5);
            assertThat(sheet.segments()).extracting(Segment::firstRow).containsExactly(0L, 3L);
        });
    }

    @Test
    void aRetryKeepsEverySheetTheFailedRunWroteAndAddsItsOwn() {
        published.put("wb_1", new Workbook("wb_1", "sales", Workbook.FAILED, "job_0", events.now(), List.of(
                new Workbook.Sheet("sh_1", "Customers", List.of("id"), 3, List.of(segment(0, 0, 3))),
                new Workbook.Sheet("sh_1_3", "Notes", List.of("note"), 1, List.of(segment(2, 0, 1))))));
        run(events.created(), new JobEvent.Queued(JOB, events.now(), new BatchPlan(-1, 3, 1000, XLSX_PLAN),
                new Resume(new TreeMap<>(Map.of(1, 1)), 4, 0)));
        assertThat(last().status()).isEqualTo(Workbook.EXTRACTING);
        assertThat(last().sheets()).extracting(Workbook.Sheet::id).containsExactly("sh_1", "sh_1_3");

        run(events.started(), events.dispatched(Map.of(1, 1)), new JobEvent.BatchDone(JOB, events.now(), 1, 1, 2, 0,
                sheets(sheet("sh_1_2", "Orders", 1, List.of("order"), segment(1, 0, 2)))), events.completed());

        Workbook workbook = last();
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::id).containsExactly("sh_1", "sh_1_2", "sh_1_3");
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::recordCount).containsExactly(3L, 2L, 1L);
        assertThat(workbook.sheets()).extracting(Workbook.Sheet::fields)
                .containsExactly(List.of("id"), List.of("order"), List.of("note"));
    }

    @Test
    void aCollectedValueOfTheEarlierOneSheetShapeReadsAsNothingCollected() {
        Collected old = Json.read("{\"segments\":[{\"partition\":0,\"fromOffset\":0,\"toOffset\":1,\"firstRow\":0,\"rows\":2}],\"fields\":[\"a\"]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Collected.class);
        assertThat(old.sheets()).isEmpty();
    }

    private void run(JobEvent... happened) {
        for (JobEvent event : happened) {
            job = job == null ? JobReducer.apply(null, event) : JobReducer.apply(job, event);
            for (TaskFactory.Keyed keyed : outputs.after(event, job)) {
                Workbook workbook = Json.read(keyed.task().value(), Workbook.class);
                assertThat(keyed.key()).isEqualTo(workbook.id());
                published.put(workbook.id(), workbook);
            }
        }
    }

    private Workbook last() {
        return published.get("wb_1");
    }

    private JobEvent.BatchDone done(int batch, Map<String, Object> output) {
        return new JobEvent.BatchDone(JOB, events.now(), batch, 0, 0, 0, output);
    }

    private static Map<String, Object> sheets(Map<?, ?>... sheets) {
        return Map.of("sheets", List.of(sheets));
    }

    private static Map<String, Object> sheet(String id, String name, int index, List<String> fields, Segment segment) {
        Map<String, Object> sheet = flat(fields, segment);
        sheet.put("sheetId", id);
        sheet.put("sheetName", name);
        sheet.put("sheetIndex", index);
        return sheet;
    }

    private static Map<String, Object> flat(List<String> fields, Segment segment) {
        Map<String, Object> output = new LinkedHashMap<>();
        if (fields != null) {
            output.put("fields", fields);
        }
        output.put("segment", segment == null ? null : Json.convert(segment, Map.class));
        return output;
    }

    private static Segment segment(int partition, long firstRow, long rows) {
        return new Segment(partition, firstRow * 10, firstRow * 10 + rows - 1, firstRow, rows, "w");
    }

    /** A key-value store over a map: the three calls that {@link WorkbookOutputs} makes. */
    @SuppressWarnings("unchecked")
    private static KeyValueStore<String, Collected> store(Map<String, Collected> map) {
        return (KeyValueStore<String, Collected>) Proxy.newProxyInstance(WorkbookOutputsTest.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> map.get((String) args[0]);
                    case "put" -> map.put((String) args[0], roundTrip((Collected) args[1]));
                    case "delete" -> map.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The store keeps JSON, as its serde writes it: what is put must read back the same. */
    private static Collected roundTrip(Collected value) {
        Collected read = Json.read(Json.bytes(value), Collected.class);
        assertThat(read).isEqualTo(value);
        return read;
    }
}
