package dev.sluice.formats.sniff;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.formats.xlsx.XlsxWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSnifferTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void aWorkbookWrittenByPoiIsXlsxWhateverItsName() throws IOException {
        Path file = dir.resolve("data.csv");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }

        assertThat(FileSniffer.sniff(file)).isEqualTo(new Sniffed.Xlsx());
    }

    @Test
    void aWorkbookWrittenBySluiceIsXlsx() throws IOException {
        Path file = dir.resolve("export.xlsx");
        try (XlsxWriter writer = XlsxWriter.to(Files.newOutputStream(file))) {
            writer.startSheet("S", List.of("a"));
        }

        assertThat(FileSniffer.sniff(file).type()).isEqualTo(FileType.XLSX);
    }

    @Test
    void aZipThatHoldsNoWorkbookIsUnknown() throws IOException {
        assertThat(FileSniffer.sniff(ByteSource.of(zip("readme.txt", "xl/workbook.xml"))))
                .isEqualTo(new Sniffed.Unknown("it is a zip archive, but not an xlsx workbook: it has no [Content_Types].xml"));
    }

    @Test
    void aZip64DirectoryIsFollowedToItsEntries() throws IOException {
        byte[] zip64 = asZip64(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"));

        assertThat(FileSniffer.sniff(ByteSource.of(zip64))).isEqualTo(new Sniffed.Xlsx());
    }

    @Test
    void aZipCutShortHasNoDirectory() throws IOException {
        byte[] cut = Arrays.copyOf(zip("[Content_Types].xml", "xl/workbook.xml"), 60);

        assertThat(FileSniffer.sniff(ByteSource.of(cut))).isEqualTo(new Sniffed.Unknown(
                "it starts like a zip archive, but it has no zip end record; the file is cut short or not a zip"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`[{\"a\": 1}, {\"a\": 2}]`|ARRAY",
        "`  [ ]  `|ARRAY",
        "`{\"a\": 1}\n{\"a\": 2}\n`|NDJSON",
        "`{\"a\": 1}`|NDJSON",
        "`\uFEFF\n\n{\"a\": 1}\n`|NDJSON",
        "`{\n  \"data\": [1, 2]\n}\n`|OBJECT"})
    void jsonIsToldByItsFirstBytesAndAParseOfItsHead(String content, JsonShape shape) throws IOException {
        assertThat(sniff(content.getBytes(UTF_8))).isEqualTo(new Sniffed.Json(shape));
    }

    @Test
    void aJsonFileLongerThanTheHeadIsJudgedByItsHead() throws IOException {
        String row = "{\"id\": 1, \"name\": \"someone with a long name\"}";
        String ndjson = (row + "\n").repeat(5000);
        String array = "[" + String.join(",", Collections.nCopies(5000, row)) + "]";

        assertThat(ndjson.length()).isGreaterThan(FileSniffer.HEAD_BYTES);
        assertThat(sniff(ndjson.getBytes(UTF_8))).isEqualTo(new Sniffed.Json(JsonShape.NDJSON));
        assertThat(sniff(array.getBytes(UTF_8))).isEqualTo(new Sniffed.Json(JsonShape.ARRAY));
    }

    @Test
    void aFileThatStartsLikeJsonButIsNotIsUnknownWithJacksonsReason() throws IOException {
        Sniffed sniffed = sniff("{not json}\n".getBytes(UTF_8));

        assertThat(sniffed.type()).isEqualTo(FileType.UNKNOWN);
        assertThat(((Sniffed.Unknown) sniffed).reason()).startsWith("it starts like JSON but is not JSON: Unexpected character ('n'")
                .endsWith("(at byte 1)");
    }

    @Test
    void twoValuesOnTheFirstLineAreNotNdjson() throws IOException {
        assertThat(sniff("{\"a\": 1}, {\"a\": 2}\n{\"a\": 3}\n".getBytes(UTF_8))).isEqualTo(
                new Sniffed.Unknown("it starts like NDJSON, but its first line holds more than one JSON value"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"lf.csv|,", "semicolon.csv|;", "tab.tsv|'\t'", "pipe.csv|'|'", "embedded-newlines.csv|,",
        "ragged.csv|,", "header-only.csv|,", "bom-utf8.csv|,"})
    void csvIsTextWhoseRecordsHaveAConsistentFieldCount(String name, char delimiter) throws IOException {
        assertThat(sniff(csvCorpus(name))).isEqualTo(new Sniffed.Csv(delimiter, UTF_8));
    }

    @Test
    void csvThatIsNotUtf8IsWindows1252AndUtf16IsToldByItsByteOrderMark() throws IOException {
        assertThat(sniff(csvCorpus("latin1.csv"))).isEqualTo(new Sniffed.Csv(',', WINDOWS_1252));
        assertThat(sniff(csvCorpus("cp1252.csv"))).isEqualTo(new Sniffed.Csv(',', WINDOWS_1252));
        assertThat(sniff(csvCorpus("utf16le-bom.csv"))).isEqualTo(new Sniffed.Csv(',', UTF_16));
        assertThat(sniff(csvCorpus("utf16be-bom.csv"))).isEqualTo(new Sniffed.Csv(',', UTF_16));
    }

    @Test
    void aCsvLongerThanTheHeadIsJudgedByItsCompleteLines() throws IOException {
        String csv = "id;name;note\n" + "1;Ann;\"said \"\"hi\"\"\"\n".repeat(5000);

        assertThat(csv.length()).isGreaterThan(FileSniffer.HEAD_BYTES);
        assertThat(sniff(csv.getBytes(UTF_8))).isEqualTo(new Sniffed.Csv(';', UTF_8));
    }

    @Test
    void proseIsTextButNotCsv() throws IOException {
        String prose = "Dear team,\nthe numbers are in.\nSee you on Monday, or Tuesday, or later, maybe.\n";

        assertThat(sniff(prose.getBytes(UTF_8))).isEqualTo(new Sniffed.Unknown(
                "it is text, but no delimiter (, ; tab |) gives its first lines a consistent number of fields"));
    }

    @Test
    void aPngIsNamed() throws IOException {
        assertThat(sniff(csvCorpus("binary.png"))).isEqualTo(new Sniffed.Unknown("it is a PNG image, not csv, json or xlsx"));
    }

    @Test
    void anExecutableNamedCsvIsNamed() throws IOException {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};

        assertThat(sniff(elf)).isEqualTo(new Sniffed.Unknown("it is an ELF executable, not csv, json or xlsx"));
        assertThat(sniff(exe)).isEqualTo(new Sniffed.Unknown("it is a Windows executable, not csv, json or xlsx"));
    }

    @Test
    void randomBytesAreBinary() throws IOException {
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        noise[0] = 'a';
        noise[1] = ',';
        noise[2] = 0;

        Sniffed sniffed = sniff(noise);

        assertThat(sniffed).isEqualTo(new Sniffed.Unknown("it is binary, not text: the byte 0x00 at byte 2"));
    }

    @Test
    void anEmptyFileAndAFileOfWhitespaceAreUnknown() throws IOException {
        assertThat(sniff(new byte[0])).isEqualTo(new Sniffed.Unknown("the file is empty"));
        assertThat(sniff(" \n\t\r\n".getBytes(UTF_8))).isEqualTo(new Sniffed.Unknown("the file holds only whitespace"));
    }

    @Test
    void theWireNamesAreTheOnesJobsUse() {
        assertThat(Arrays.stream(FileType.values()).map(FileType::wireName)).containsExactly("csv", "json", "xlsx", "unknown");
    }

    @Test
    void onlyTheHeadAndTheZipDirectoryAreRead() throws IOException {
        byte[] big = ("a,b\n" + "1,2\n".repeat(1_000_000)).getBytes(UTF_8);
        CountingSource source = new CountingSource(big);

        assertThat(FileSniffer.sniff(source)).isEqualTo(new Sniffed.Csv(',', UTF_8));
        assertThat(source.bytesRead).isEqualTo(FileSniffer.HEAD_BYTES);
    }

    private static Sniffed sniff(byte[] content) throws IOException {
        return FileSniffer.sniff(ByteSource.of(content));
    }

    private static byte[] csvCorpus(String name) {
        try (InputStream in = FileSnifferTest.class.getResourceAsStream("/csv/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The same zip with its end record moved to zip64 (APPNOTE 4.3.14 and 4.3.15): the classic end
     * record then says 0xFFFFFFFF and only the zip64 one holds the directory's size and offset.
     */
    private static byte[] asZip64(byte[] zip) {
        ByteBuffer end = ByteBuffer.wrap(zip, zip.length - 22, 22).slice().order(ByteOrder.LITTLE_ENDIAN);
        int entries = Short.toUnsignedInt(end.getShort(10));
        long directorySize = Integer.toUnsignedLong(end.getInt(12));
        long directoryOffset = Integer.toUnsignedLong(end.getInt(16));
        int zip64EndAt = zip.length - 22;
        ByteBuffer out = ByteBuffer.allocate(zip64EndAt + 56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN);
        out.put(zip, 0, zip64EndAt);
        out.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(directorySize).putLong(directoryOffset);
        out.putInt(0x07064b50).putInt(0).putLong(zip64EndAt).putInt(1);
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF).putShort((short) 0xFFFF)
                .putInt(0xFFFFFFFF).putInt(0xFFFFFFFF).putShort((short) 0);
        return out.array();
    }

    /** Bytes in memory that count what is read of them. */
    private static final class CountingSource implements ByteSource {
        private final byte[] bytes;
        private long bytesRead;

        CountingSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open(long start, long end) throws IOException {
            bytesRead += end - start;
            return ByteSource.of(bytes).open(start, end);
        }
    }
}
