package dev.sluice.coordinator.plan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.file.FileMeta;
import dev.sluice.formats.csv.Split;
import dev.sluice.formats.sniff.FileType;
import dev.sluice.formats.sniff.JsonShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentObserverTest {

    @Test
    void anXlsxWorkbookIsKnownByItsZipDirectoryWithOneSheetPartPerTab() throws Exception {
        FileMeta file = Uploads.stored(Uploads.workbook("Customers", "Orders", "Notes"), "book.xlsx");

        ContentIndex content = ContentIndex.of(file).orElseThrow();

        assertThat(content.type()).isEqualTo(FileType.XLSX);
        assertThat(content.sheetParts()).isEqualTo(3);
        assertThat(file.index()).doesNotContainKey(NdjsonIndex.KEY);
    }

    @Test
    void aWorkbookLongerThanTheKeptTailIsStillFoundByItsDirectory() throws Exception {
        byte[] noise = new byte[3 * ContentObserver.TAIL_BYTES];
        new Random(7).nextBytes(noise);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var writer = dev.sluice.formats.xlsx.XlsxWriter.to(out)) {
            writer.startSheet("Big", List.of("blob"));
            for (int i = 0; i < 150; i++) {
                writer.writeRow(List.of(java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(noise,
                        i * 20_000, (i + 1) * 20_000))));
            }
            writer.startSheet("Small", List.of("x"));
        }
        assertThat(out.size()).isGreaterThan(ContentObserver.TAIL_BYTES);

        ContentIndex content = ContentIndex.of(Uploads.stored(out.toByteArray(), "big.xlsx")).orElseThrow();

        assertThat(content.type()).isEqualTo(FileType.XLSX);
        assertThat(content.sheetParts()).isEqualTo(2);
    }

    @Test
    void ndjsonIsIndexedWithTheRowsBeforeEachRangeAsTheReaderCountsThem() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append("{\"id\":").append(i).append(",\"name\":\"row ").append(i).append("\"}\n");
            if (i % 1000 == 0) {
                text.append("  \n");
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        FileMeta file = Uploads.stored(bytes, "rows.ndjson");

        ContentIndex content = ContentIndex.of(file).orElseThrow();
        NdjsonIndex ndjson = NdjsonIndex.of(file).orElseThrow();

        assertThat(content.type()).isEqualTo(FileType.JSON);
        assertThat(content.shape()).isEqualTo(JsonShape.NDJSON);
        assertThat(ndjson.rows()).isEqualTo(40_000);
        assertThat(ndjson.splits()).hasSizeGreaterThan(1);
        assertThat(ndjson.splits().get(0)).isEqualTo(new Split(0, 0));
        for (Split split : ndjson.splits().subList(1, ndjson.splits().size())) {
            assertThat(bytes[(int) split.byteOffset() - 1]).isEqualTo((byte) '\n');
            assertThat(split.rowIndex()).isEqualTo(nonBlankLinesBefore(bytes, (int) split.byteOffset()));
        }
    }

    @Test
    void aJsonArrayCsvAndUnknownContentAreTold() {
        assertThat(content("[{\"a\": 1},\n {\"a\": 2}]")).isEqualTo(new ContentIndex(FileType.JSON, JsonShape.ARRAY, null, 0, true));
        assertThat(content("a,b\n1,2\n3,4\n").type()).isEqualTo(FileType.CSV);
        ContentIndex broken = content("[{\"a\": 1}, {\"a\": ]\n[oops\n");
        assertThat(broken.type()).isEqualTo(FileType.UNKNOWN);
        assertThat(broken.startsLikeJson()).isTrue();
        assertThat(broken.reason()).contains("not JSON");
        assertThat(content("{\"data\": [\n1, 2]}\n").shape()).isEqualTo(JsonShape.OBJECT);
        ContentIndex elf = ContentIndex.of(Uploads.stored(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "x.csv")).orElseThrow();
        assertThat(elf.type()).isEqualTo(FileType.UNKNOWN);
        assertThat(elf.reason()).contains("ELF");
        assertThat(elf.startsLikeJson()).isFalse();
    }

    @Test
    void aZipThatIsNotAWorkbookIsUnknownWithItsReason() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        ContentIndex content = ContentIndex.of(Uploads.stored(out.toByteArray(), "x.xlsx")).orElseThrow();
        assertThat(content.type()).isEqualTo(FileType.UNKNOWN);
        assertThat(content.reason()).contains("not an xlsx workbook");
    }

    private static ContentIndex content(String text) {
        return ContentIndex.of(Uploads.stored(text.getBytes(StandardCharsets.UTF_8), "x")).orElseThrow();
    }

    private static long nonBlankLinesBefore(byte[] bytes, int end) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n", -1)));
        return lines.stream().filter(line -> !line.isBlank()).count();
    }
}
