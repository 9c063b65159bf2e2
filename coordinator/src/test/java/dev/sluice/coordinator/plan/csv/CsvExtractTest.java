package dev.sluice.coordinator.plan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CsvExtractTest {

    private static final int CHUNK = 1 << 20;

    @Test
    void aFileIsCutIntoContiguousRangesWhoseFirstRowsCountTheRowsBeforeThem() throws Exception {
        byte[] csv = csv("id,name\n", 60_000);
        FileMeta file = stored(csv, "people.csv");

        BatchPlan plan = CsvExtract.plan(spec(Map.of(), 1), file, "job_abc");

        assertThat(plan.totalBatches()).isGreaterThan(1);
        assertThat(plan.totalRecords()).isEqualTo(60_000);
        assertThat(plan.outputs()).containsEntry("fields", List.of("id", "name")).containsEntry("sheetName", "people")
                .containsEntry("workbookId", "wb_abc").containsEntry("sheetId", "sh_abc");
        long expectedStart = 0;
        for (int batch = 0; batch < plan.totalBatches(); batch++) {
            Map<?, ?> range = (Map<?, ?>) CsvExtract.batchInput(spec(Map.of(), 1), file, plan, batch).get("range");
            long start = ((Number) range.get("start")).longValue();
            assertThat(start).isEqualTo(expectedStart);
            assertThat(((Number) range.get("firstRow")).longValue()).isEqualTo(newlinesBefore(csv, start));
            assertThat(range.get("first")).isEqualTo(start == 0);
            expectedStart = ((Number) range.get("end")).longValue();
        }
        assertThat(expectedStart).isEqualTo(csv.length);
    }

    @Test
    void aLargerBatchSizeMakesFewerRanges() throws Exception {
        FileMeta file = stored(csv("id,name\n", 60_000), "people.csv");
        assertThat(CsvExtract.plan(spec(Map.of(), 1_000_000), file, "job_abc").totalBatches()).isEqualTo(1);
    }

    @Test
    void skipRowsAndNoHeaderChangeTheRecordCountAndFieldNames() throws Exception {
        FileMeta file = stored(csv("title line\n", 100), "x.csv");
        BatchPlan plan = CsvExtract.plan(spec(Map.of("skipRows", 1, "headers", false), 10), file, "job_abc");
        assertThat(plan.totalRecords()).isEqualTo(100);
        assertThat(plan.outputs().get("fields")).isEqualTo(List.of("column_1", "column_2"));
    }

    @Test
    void aUtf16FileIsOneRangeWhoseFieldsTheWorkerReads() throws Exception {
        FileMeta file = stored("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16), "wide.csv");
        BatchPlan plan = CsvExtract.plan(spec(Map.of("encoding", "utf-16"), 10), file, "job_abc");
        assertThat(plan.totalBatches()).isEqualTo(1);
        assertThat(plan.totalRecords()).isEqualTo(-1);
        assertThat(plan.outputs()).doesNotContainKey("fields");
    }

    @Test
    void aHeaderRowLongerThanTheIndexedHeadIsRefusedNamingTheConfig() {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            header.append("column").append(i).append(',');
        }
        FileMeta file = stored(csv(header + "last\n", 10), "wide.csv");
        assertThatThrownBy(() -> CsvExtract.plan(spec(Map.of(), 10), file, "job_abc"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("config"));
    }

    @Test
    void anUnknownEncodingIsRefusedNamingIt() {
        FileMeta file = stored(csv("a,b\n", 1), "x.csv");
        assertThatThrownBy(() -> CsvExtract.plan(spec(Map.of("encoding", "klingon"), 10), file, "job_abc"))
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("config.encoding"));
    }

    private static byte[] csv(String header, int rows) {
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < rows; i++) {
            text.append(i).append(",name number ").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static FileMeta stored(byte[] bytes, String name) {
        CsvIndexObserver observer = new CsvIndexObserver();
        for (int off = 0; off < bytes.length; off += 7919) {
            observer.bytes(bytes, off, Math.min(7919, bytes.length - off));
        }
        List<Long> offsets = new ArrayList<>(LongStream.range(0, (bytes.length + CHUNK - 1) / CHUNK).boxed().toList());
        return new FileMeta("file_0123456789abcdef0123456789ab", name, bytes.length, "0".repeat(64),
                Instant.EPOCH, "text/csv", 0, CHUNK, offsets, observer.finish());
    }

    private static JobSpec spec(Map<String, Object> config, int batchSize) {
        return new JobSpec(JobType.FILE, "extract", "file_0123456789abcdef0123456789ab", config, Map.of(),
                new Execution(dev.sluice.common.job.Priority.NORMAL, batchSize, 4, 1000, 0,
                        dev.sluice.common.job.RetryPolicy.NONE, dev.sluice.common.job.ErrorBudget.UNLIMITED,
                        dev.sluice.common.job.Resources.NONE), null);
    }

    private static long newlinesBefore(byte[] bytes, long end) {
        long count = 0;
        for (int i = 0; i < end; i++) {
            count += bytes[i] == '\n' ? 1 : 0;
        }
        return count;
    }
}
