package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryScannerTest {

    @Test
    void aRangeEndsAtTheFirstRecordBoundaryAtOrAfterItsStartPlusTheTarget() {
        BoundaryScanner scanner = scan("aa\nbb\ncc\ndd\nee\n", 4);

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(6, 2), new Split(12, 4));
        assertThat(scanner.totalRows()).isEqualTo(5);
        assertThat(scanner.totalBytes()).isEqualTo(15);
    }

    @Test
    void aFileSmallerThanTheTargetIsOneRange() {
        assertThat(scan("a,b\n1,2\n", 1 << 20).finish()).containsExactly(Split.FILE_START);
    }

    @Test
    void noRangeStartsAtTheEndOfTheFile() {
        assertThat(scan("a\nb\n", 2).finish()).containsExactly(new Split(0, 0), new Split(2, 1));
    }

    @Test
    void lineBreaksInsideQuotesAreNotBoundaries() {
        BoundaryScanner scanner = scan("\"a\nb\",\"c\r\nd\"\ne\n", 1);

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(13, 1));
        assertThat(scanner.totalRows()).isEqualTo(2);
    }

    @Test
    void aCrlfSplitAcrossTwoFeedsIsOneLineBreakAndTheRangeStartsAfterItsLf() {
        BoundaryScanner scanner = new BoundaryScanner((byte) ',', (byte) '"', 1);
        scanner.feed(bytes("a\r"), 0, 2);
        scanner.feed(bytes("\nb\r\nc"), 0, 5);

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(3, 1), new Split(6, 2));
        assertThat(scanner.totalRows()).isEqualTo(3);
    }

    @Test
    void aLoneCrIsALineBreak() {
        assertThat(scan("a\rb\rc", 1).finish()).containsExactly(new Split(0, 0), new Split(2, 1), new Split(4, 2));
    }

    @Test
    void feedingByteByByteFindsTheSameSplitsAsFeedingAtOnce() {
        String file = "id,\"x\"\"y\"\r\n1,\"q\"\"\r\n\"\"\"\r\n\r\n2,\"\"\n3,4";
        BoundaryScanner bytewise = new BoundaryScanner((byte) ',', (byte) '"', 1);
        for (byte b : bytes(file)) {
            bytewise.feed(new byte[] {b}, 0, 1);
        }

        assertThat(bytewise.finish()).isEqualTo(scan(file, 1).finish()).hasSize(5);
        assertThat(bytewise.totalRows()).isEqualTo(4);
    }

    @Test
    void aLastRecordWithoutLineBreakIsCounted() {
        BoundaryScanner scanner = scan("a\nb", 1);
        scanner.finish();

        assertThat(scanner.totalRows()).isEqualTo(2);
        assertThat(scanner.totalBytes()).isEqualTo(3);
    }

    @Test
    void emptyLinesAreNotRowsButMayStartARange() {
        BoundaryScanner scanner = scan("\n\na\n\r\n\r\nb\n", 1);

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(1, 0), new Split(2, 0), new Split(4, 1),
                new Split(6, 1), new Split(8, 1));
        assertThat(scanner.totalRows()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkIsNeitherDataNorARangeOfItsOwn() {
        byte[] file = withBom("\"a\nb\"\nc\n");
        BoundaryScanner scanner = new BoundaryScanner((byte) ',', (byte) '"', 1);
        for (byte b : file) {
            scanner.feed(new byte[] {b}, 0, 1);
        }

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(9, 1));
        assertThat(scanner.totalRows()).isEqualTo(2);
        assertThat(scanner.totalBytes()).isEqualTo(11);
    }

    @Test
    void bytesThatOnlyBeginLikeAByteOrderMarkAreData() {
        byte[] file = {(byte) 0xEF, (byte) 0xBB, '\n', '"', '\n', '"', '\n', 'x'};
        BoundaryScanner scanner = BoundaryScanner.forFormat(CsvFormat.DEFAULT.withEncoding(ISO_8859_1), 1);
        scanner.feed(file, 0, 1);
        scanner.feed(file, 1, file.length - 1);

        assertThat(scanner.finish()).containsExactly(new Split(0, 0), new Split(3, 1), new Split(7, 2));
        assertThat(scanner.totalRows()).isEqualTo(3);
    }

    @Test
    void whereARecordEndsDependsOnTheDelimiterBecauseQuotesOpenOnlyAtAFieldStart() {
        byte[] file = bytes("x;\"y\nz\";w\n");
        AllDelimitersScanner scanner = new AllDelimitersScanner((byte) '"', 1);
        scanner.feed(file, 0, file.length);
        scanner.finish();

        assertThat(scanner.forDelimiter(';').totalRows()).isEqualTo(1);
        assertThat(scanner.forDelimiter(',').totalRows()).isEqualTo(2);
        assertThat(scanner.forDelimiter(',').finish()).containsExactly(new Split(0, 0), new Split(5, 1));
    }

    @Test
    void aQuoteLeftOpenKeepsEveryLaterLineInTheLastRangeAndIsReported() {
        BoundaryScanner open = scan("a\n\"b\nc\nd\n", 1);
        BoundaryScanner closed = scan("a\n\"b\"\nc\n", 1);

        assertThat(open.finish()).containsExactly(new Split(0, 0), new Split(2, 1));
        assertThat(open.endsInsideQuote()).isTrue();
        closed.finish();
        assertThat(closed.endsInsideQuote()).isFalse();
    }

    @Test
    void utf16FilesCannotBeCut() {
        assertThatThrownBy(() -> BoundaryScanner.forFormat(CsvFormat.DEFAULT.withEncoding(UTF_16LE), 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one range");
    }

    @Test
    void theTargetMustBeAtLeastOneByte() {
        assertThatThrownBy(() -> new BoundaryScanner((byte) ',', (byte) '"', 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFinishedScanTakesNoMoreBytesAndKeepsItsSplits() {
        BoundaryScanner scanner = scan("a\nb\n", 1);
        List<Split> splits = scanner.finish();

        assertThat(scanner.finish()).isEqualTo(splits);
        assertThatThrownBy(() -> scanner.feed(new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static BoundaryScanner scan(String file, long target) {
        byte[] bytes = bytes(file);
        BoundaryScanner scanner = new BoundaryScanner((byte) ',', (byte) '"', target);
        scanner.feed(bytes, 0, bytes.length);
        return scanner;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] data = bytes(text);
        byte[] file = new byte[data.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(data, 0, file, 3, data.length);
        return file;
    }
}
