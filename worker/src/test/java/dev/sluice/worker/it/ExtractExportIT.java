package dev.sluice.worker.it;

import static dev.sluice.common.job.Priority.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.common.file.FileChunkReader;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.HandlerRegistry;
import dev.sluice.common.task.Task;
import dev.sluice.common.task.TaskReport;
import dev.sluice.formats.csv.BoundaryScanner;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.Split;
import dev.sluice.worker.Worker;
import dev.sluice.worker.data.KafkaDataAccess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A CSV file extracted into a sheet by several batches on a real worker, and the sheet exported again. */
class ExtractExportIT extends WorkerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int ROWS = 3_000;
    private static final int RAGGED_ROW = 1_234;

    @Test
    void aCsvExtractedInRangesExportsAsTheSameCsvWithoutItsInvalidRow() throws Exception {
        bed.createDataTopics();
        StringBuilder valid = new StringBuilder("id,name,email\r\n");
        StringBuilder file = new StringBuilder(valid);
        for (int i = 0; i < ROWS; i++) {
            String line = i == RAGGED_ROW ? i + ",only two\r\n" : i + ",Person " + i + ",p" + i + "@example.org\r\n";
            file.append(line);
            if (i != RAGGED_ROW) {
                valid.append(line);
            }
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        FileMeta meta = store(bytes);
        List<Task> extract = extractTasks(meta, bytes);
        bed.send(NORMAL, extract);
        Worker worker = bed.start(bed.settings(), HandlerRegistry.discover(Worker.class.getClassLoader()));

        List<TaskReport.Done> extracted = awaitDone("extract-1", extract.size());
        long nextRow = 0;
        for (TaskReport.Done done : extracted) {
            Segment segment = Json.convert(done.output().get("segment"), Segment.class);
            assertThat(segment.firstRow()).as("batch %d starts where the one before ended", done.batch()).isEqualTo(nextRow);
            assertThat(segment.rows()).isEqualTo(done.records());
            nextRow += segment.rows();
        }
        assertThat(extracted.stream().mapToLong(TaskReport.Done::records).sum()).isEqualTo(ROWS);
        assertThat(extracted.stream().mapToLong(TaskReport.Done::errors).sum()).isEqualTo(1);

        bed.send(NORMAL, List.of(Tasks.withInput("export-1", 0, "export", exportInput(extracted))));
        TaskReport.Done exported = awaitDone("export-1", 1).get(0);

        assertThat(exported.output()).containsEntry("records", ROWS - 1).containsEntry("filtered", 1);
        assertThat(read(exported)).isEqualTo(valid.toString());
        assertThat(worker.terminated()).isNotDone();
    }

    private FileMeta store(byte[] bytes) throws Exception {
        try (var data = new KafkaDataAccess(bed.bootstrapServers(), bed.topics, "it-upload", Clock.systemUTC());
             var out = data.createFile("file_people", "people.csv")) {
            out.write(bytes);
            return out.finish();
        }
    }

    /** One task per range of about 16 KiB, cut on record boundaries as the coordinator's planner cuts them. */
    private static List<Task> extractTasks(FileMeta meta, byte[] bytes) {
        BoundaryScanner scanner = BoundaryScanner.forFormat(CsvFormat.DEFAULT, 16 * 1024);
        scanner.feed(bytes, 0, bytes.length);
        List<Split> splits = scanner.finish();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            long end = i + 1 < splits.size() ? splits.get(i + 1).byteOffset() : bytes.length;
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("file", Json.convert(meta, Map.class));
            input.put("range", Map.of("start", splits.get(i).byteOffset(), "end", end,
                    "firstRow", splits.get(i).rowIndex(), "first", i == 0));
            input.put("format", Map.of("delimiter", ",", "headers", true));
            input.put("fields", List.of("id", "name", "email"));
            input.put("sheetId", "sh_people");
            input.put("dataRowOffset", 1);
            tasks.add(Tasks.withInput("extract-1", i, "extract", input));
        }
        assertThat(tasks).hasSizeGreaterThan(3);
        return tasks;
    }

    private static Map<String, Object> exportInput(List<TaskReport.Done> extracted) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sheetId", "sh_people");
        input.put("fields", List.of("id", "name", "email"));
        input.put("segments", extracted.stream().map(done -> done.output().get("segment")).toList());
        input.put("fileId", "file_export");
        input.put("fileName", "people-export.csv");
        input.put("format", "csv");
        input.put("includeMetadata", false);
        input.put("filterInvalidRecords", true);
        return input;
    }

    private List<TaskReport.Done> awaitDone(String jobId, int batches) {
        await().atMost(WAIT).until(() -> bed.reports(TaskReport.Failed.class).isEmpty()
                && done(jobId).size() == batches);
        return done(jobId);
    }

    private List<TaskReport.Done> done(String jobId) {
        return bed.reports(TaskReport.Done.class).stream().filter(done -> done.jobId().equals(jobId))
                .sorted(Comparator.comparingInt(TaskReport.Done::batch)).toList();
    }

    private String read(TaskReport.Done exported) throws Exception {
        try (var metas = new Collector<>(bed.bootstrapServers(), bed.topics.fileMeta(), FileMeta.class)) {
            await().atMost(WAIT).until(() -> metas.values().stream().anyMatch(meta -> meta.id().equals("file_export")));
            FileMeta meta = metas.values().stream().filter(m -> m.id().equals("file_export")).findFirst().orElseThrow();
            assertThat(exported.output()).containsEntry("size", (int) meta.size());
            try (InputStream in = new FileChunkReader(bed.bootstrapServers(), bed.topics).open(meta)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
