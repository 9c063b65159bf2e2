package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxExtractionTest {

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ExtractHandler handler = new ExtractHandler();

    @Test
    void eachSheetBecomesRecordsWithCellsRenderedAsTextAndRowsNumberedWithoutGaps() throws Exception {
        FileMeta file = data.store("file_1", "sales.xlsx", workbook());

        BatchResult result = handler.run(batch(file, 0, false, null), context);

        assertThat(result.records()).isEqualTo(3);
        assertThat(result.errors()).isZero();
        assertThat(data.log()).containsExactly(
                record("sh_1", 0, "id", "1", "name", "Ann", "joined", "2024-03-15", "balance", "1250.50", "vip", "true"),
                record("sh_1", 1, "id", "2", "name", "=1+1", "joined", "1999-12-31T23:59:00", "balance", "-0.001", "vip", "false"),
                record("sh_1", 2, "id", "3", "name", "Cy", "joined", null, "balance", "12345678901234567890", "vip", null));
        List<Map<String, Object>> sheets = sheets(result);
        assertThat(sheets).hasSize(1);
        Map<String, Object> sheet = sheets.get(0);
        assertThat(sheet).containsEntry("sheetId", "sh_1").containsEntry("sheetName", "Customers").containsEntry("sheetIndex", 0)
                .containsEntry("fields", List.of("id", "name", "joined", "balance", "vip")).containsEntry("rows", 3L);
        assertThat(Json.convert(sheet.get("segment"), dev.sluice.common.record.Segment.class).rows()).isEqualTo(3);
    }

    @Test
    void theLastBatchReadsItsSheetAndEverySheetAfterItEachUnderItsOwnId() throws Exception {
        FileMeta file = data.store("file_1", "sales.xlsx", workbook());

        BatchResult result = handler.run(batch(file, 1, true, null), context);

        List<Map<String, Object>> sheets = sheets(result);
        assertThat(sheets).extracting(s -> s.get("sheetId")).containsExactly("sh_1_2", "sh_1_3");
        assertThat(sheets).extracting(s -> s.get("sheetName")).containsExactly("Empty", "Notes");
        assertThat(sheets).extracting(s -> s.get("fields")).containsExactly(List.of(), List.of("note"));
        assertThat(result.records()).isEqualTo(2);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.output()).containsEntry("rows", 2L);
        Map<String, Object> wide = new LinkedHashMap<>();
        wide.put("note", "after a blank row");
        wide.put("column_2", null);
        wide.put("column_3", "far right");
        assertThat(data.log()).containsExactly(
                SheetRecord.of("sh_1_3", 0, wide, List.of(RecordMessage.error(null, "row 3 of sheet \"Notes\" has 3 values;"
                        + " the sheet has 1 fields; the extra values are kept as column_2, column_3"))),
                record("sh_1_3", 1, "note", "last"));
        assertThat(result.failed()).singleElement().satisfies(failure -> assertThat(failure.recordId()).isEqualTo("sh_1_3/000000000000"));
    }

    @Test
    void withoutHeadersTheFirstRowIsDataAndFieldsAreNumbered() throws Exception {
        FileMeta file = data.store("file_1", "sales.xlsx", workbook());

        BatchResult result = handler.run(batch(file, 2, false, false), context);

        assertThat(sheets(result).get(0).get("fields")).isEqualTo(List.of("column_1"));
        assertThat(data.log()).extracting(r -> r.values().get("column_1")).containsExactly("note", "after a blank row", "last");
    }

    @Test
    void aZipBombFailsTheBatchForGoodSayingSoAndLeavesNoTemporaryFile() throws Exception {
        FileMeta file = data.store("file_1", "bomb.xlsx", zipBomb());
        List<Path> before = temporaryCopies();

        assertThatThrownBy(() -> handler.run(batch(file, 0, true, null), context))
                .isInstanceOf(BatchFailure.class)
                .hasMessageStartingWith("file file_1 (bomb.xlsx) cannot be extracted: refused as a possible zip bomb: part xl/worksheets/sheet1.xml unpacks to")
                .satisfies(e -> assertThat(((BatchFailure) e).retryable()).isFalse());
        assertThat(temporaryCopies()).isEqualTo(before);
        assertThat(data.log()).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookFailsNamingWhatItIs() throws Exception {
        FileMeta file = data.store("file_1", "fake.xlsx", "id,name\n1,Ann\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> handler.run(batch(file, 0, true, null), context))
                .isInstanceOf(BatchFailure.class).hasMessage("file file_1 (fake.xlsx) cannot be extracted: not an xlsx workbook: not a zip archive");
    }

    @Test
    void anInputWithoutItsSheetIdBaseFailsForGood() throws Exception {
        FileMeta file = data.store("file_1", "sales.xlsx", workbook());
        Map<String, Object> input = new HashMap<>(batch(file, 0, false, null).input());
        input.remove("sheetIdBase");
        assertThatThrownBy(() -> handler.run(ExtractBatches.batch(input), context))
                .isInstanceOf(BatchFailure.class).hasMessage("input.sheetIdBase is required");
    }

    /** Customers (typed cells, a date, a date-time, a formula-looking text), Empty (nothing), Notes (a gap, a row wider than its header). */
    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet customers = workbook.newWorksheet("Customers");
            row(customers, 0, "id", "name", "joined", "balance", "vip");
            row(customers, 1, 1L, "Ann", LocalDate.of(2024, 3, 15), new BigDecimal("1250.50"), true);
            customers.style(1, 2).format("yyyy-mm-dd").set();
            row(customers, 2, 2L, "=1+1", LocalDateTime.of(1999, 12, 31, 23, 59), new BigDecimal("-0.001"), false);
            customers.style(2, 2).format("yyyy-mm-dd hh:mm").set();
            row(customers, 3, 3L, "Cy", null, new BigDecimal("12345678901234567890"), null);
            workbook.newWorksheet("Empty");
            Worksheet notes = workbook.newWorksheet("Notes");
            row(notes, 0, "note");
            row(notes, 2, "after a blank row", null, "far right");
            row(notes, 3, "last");
        }
        return out.toByteArray();
    }

    private static void row(Worksheet sheet, int row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof String text) {
                sheet.inlineString(row, c, text);
            } else if (value instanceof Long number) {
                sheet.value(row, c, number);
            } else if (value instanceof BigDecimal number) {
                sheet.value(row, c, number);
            } else if (value instanceof Boolean flag) {
                sheet.value(row, c, flag);
            } else if (value instanceof LocalDate date) {
                sheet.value(row, c, date);
            } else if (value instanceof LocalDateTime time) {
                sheet.value(row, c, time);
            }
        }
    }

    /** A workbook whose sheet part is 20 MiB of spaces packed into a few kilobytes. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }

    private static Batch batch(FileMeta file, int sheetIndex, boolean andLater, Boolean headers) {
        Map<String, Object> meta = new HashMap<>(Json.convert(file, Map.class));
        meta.remove("index");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("fileType", "xlsx");
        input.put("file", meta);
        input.put("sheetIndex", sheetIndex);
        input.put("andLaterSheets", andLater);
        if (headers != null) {
            input.put("headers", headers);
        }
        input.put("sheetIdBase", "sh_1");
        return ExtractBatches.batch(input);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sheets(BatchResult result) {
        return (List<Map<String, Object>>) result.output().get("sheets");
    }

    private static SheetRecord record(String sheetId, long row, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return SheetRecord.of(sheetId, row, values, List.of());
    }

    private static List<Path> temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("sluice-extract-")).sorted().toList();
        }
    }
}
