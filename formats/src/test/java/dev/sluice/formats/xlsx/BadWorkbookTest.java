package dev.sluice.formats.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not workbooks, or are bombs, fail with a clear message before anything is parsed. */
class BadWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void aSmallZipWithAHugeHighlyCompressibleEntryIsRefused() throws IOException {
        Path bomb = Zips.bomb(dir.resolve("bomb.xlsx"), 50L << 20);

        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThatThrownBy(() -> XlsxWorkbook.open(bomb)).isInstanceOf(XlsxFormatException.class)
                .hasMessageStartingWith("refused as a possible zip bomb: part xl/worksheets/sheet1.xml unpacks to ")
                .hasMessageEndingWith(" times its compressed size, more than the limit of 100");
    }

    @Test
    void partsThatUnpackToMoreThanTheTotalLimitAreRefused() throws IOException {
        Path bomb = Zips.bomb(dir.resolve("big.xlsx"), 3L << 20);
        XlsxLimits oneMiB = new XlsxLimits(1 << 20, 100_000, 10_000);

        assertThatThrownBy(() -> XlsxWorkbook.open(bomb, oneMiB))
                .hasMessage("refused as a possible zip bomb: its parts unpack to more than the limit of 1048576 bytes");
    }

    @Test
    void aZipDirectoryThatUnderstatesAnEntrysSizeIsCaughtByCounting() throws IOException {
        Path liar = Zips.bomb(dir.resolve("liar.xlsx"), 5L << 20);
        Zips.declareSize(liar, Zips.BOMB_ENTRY, 1000);

        assertThatThrownBy(() -> XlsxWorkbook.open(liar)).hasMessage("refused as a possible zip bomb: part "
                + "xl/worksheets/sheet1.xml unpacks to more than the 1000 bytes its zip directory declares; the file is crafted or corrupt");
    }

    @Test
    void tooManyPartsAreRefused() throws IOException {
        Path workbook = PoiWorkbooks.customers(dir);

        assertThatThrownBy(() -> XlsxWorkbook.open(workbook, new XlsxLimits(1L << 30, 100, 3)))
                .hasMessageStartingWith("refused as a possible zip bomb: ").hasMessageEndingWith(" parts, more than the limit of 3");
    }

    @Test
    void aFileThatIsNotAZipIsNotAWorkbook() throws IOException {
        Path png = Files.write(dir.resolve("image.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        assertThatThrownBy(() -> XlsxWorkbook.open(png)).hasMessage("not an xlsx workbook: not a zip archive");
    }

    @Test
    void aLegacyOrEncryptedWorkbookIsNamedAsSuch() throws IOException {
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});

        assertThatThrownBy(() -> XlsxWorkbook.open(xls)).hasMessage("not an xlsx workbook: an OLE2 file, that is a legacy"
                + " .xls workbook or a password-protected one; save it as .xlsx without a password");
    }

    @Test
    void aZipWithoutAWorkbookIsNotAWorkbook() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("readme.txt", "hello".getBytes(UTF_8));
        Path zip = Zips.of(dir.resolve("plain.zip"), entries);

        assertThatThrownBy(() -> XlsxWorkbook.open(zip)).hasMessage("not an xlsx workbook: a zip archive without [Content_Types].xml");
    }

    @Test
    void aSheetWhoseXmlIsBrokenFailsNamingTheSheet() throws IOException {
        Path good = PoiWorkbooks.customers(dir);
        Path broken = Zips.replacing(good, dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"n\"><v>1</v></c></row><row r=\"2\"><c".getBytes(UTF_8));

        try (XlsxWorkbook workbook = XlsxWorkbook.open(broken)) {
            assertThatThrownBy(() -> {
                try (XlsxSheetReader reader = workbook.read(workbook.sheets().get(0), true)) {
                    while (reader.next() != null) {
                        // read to the break
                    }
                }
            }).isInstanceOf(XlsxFormatException.class).hasMessageStartingWith("sheet \"Customers\" cannot be read: ");
        }
    }

    @Test
    void aWorkbookPartThatIsNotXmlIsNotAReadableWorkbook() throws IOException {
        Path good = PoiWorkbooks.customers(dir);
        Path broken = Zips.replacing(good, dir.resolve("no-workbook.xlsx"), "xl/workbook.xml", "not xml at all".getBytes(UTF_8));

        assertThatThrownBy(() -> XlsxWorkbook.open(broken)).isInstanceOf(XlsxFormatException.class)
                .hasMessageStartingWith("not a readable xlsx workbook: ");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new XlsxLimits(0, 100, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
