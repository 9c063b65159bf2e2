package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CsvRangeParserTest {

    @Test
    void aRangeAfterTheFirstNeedsTheFilesHeader() {
        assertThatThrownBy(() -> CsvRangeParser.open(stream("1,2\n"), CsvFormat.DEFAULT, new Split(10, 2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CsvHeader.read");
    }

    @Test
    void aUtf16FileIsParsedOnlyAsOneRangeFromByteZero() {
        CsvFormat utf16 = CsvFormat.DEFAULT.withEncoding(UTF_16);

        assertThatThrownBy(() -> CsvRangeParser.open(stream("1,2\n"), utf16, new Split(10, 2), CsvHeader.numbered(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one range");
    }

    @Test
    void aRangeStartsCountingRowsAtItsSplitAndNamesValuesByTheGivenHeader() throws IOException {
        CsvHeader header = CsvHeader.read(stream("id,name\n1,Ann\n2,Bob\n"), CsvFormat.DEFAULT);

        try (CsvRangeParser parser = CsvRangeParser.open(stream("2,Bob\n3,\n"), CsvFormat.DEFAULT, new Split(14, 2), header)) {
            assertThat(parser.header().names()).containsExactly("id", "name");
            assertThat(parser.next()).isEqualTo(new CsvRow(2, 14, List.of("2", "Bob")));
            assertThat(parser.next()).isEqualTo(new CsvRow(3, 20, List.of("3", "")));
            assertThat(parser.next()).isNull();
        }
    }

    @Test
    void aLaterRangeThatHoldsSkippedRowsAndTheHeaderRowDropsThem() throws IOException {
        CsvFormat format = CsvFormat.DEFAULT.withSkipRows(2);
        CsvHeader header = CsvHeader.read(stream("title\nnote\nid\n1\n"), format);

        try (CsvRangeParser parser = CsvRangeParser.open(stream("note\nid\n1\n"), format, new Split(6, 1), header)) {
            assertThat(parser.next()).isEqualTo(new CsvRow(3, 14, List.of("1")));
            assertThat(parser.next()).isNull();
        }
    }

    @Test
    void readingTheHeaderStopsAfterTheHeaderRowHavingReadAtMostOneBufferMore() throws IOException {
        AtomicLong bytesAfterHeader = new AtomicLong();
        InputStream endlessGarbage = new InputStream() {
            @Override
            public int read() {
                bytesAfterHeader.incrementAndGet();
                return 0;
            }
        };
        InputStream file = new SequenceInputStream(stream("skip me\nid,name\n"), endlessGarbage);

        assertThat(CsvHeader.read(file, CsvFormat.DEFAULT.withSkipRows(1)).names()).containsExactly("id", "name");
        assertThat(bytesAfterHeader).hasValueLessThanOrEqualTo(1 << 16);
    }

    @Test
    void withoutHeadersTheHeaderIsReadFromTheFirstDataRow() throws IOException {
        CsvFormat format = CsvFormat.DEFAULT.withHeaders(false).withSkipRows(1);

        assertThat(CsvHeader.read(stream("a title\n1,2,3\n4\n"), format).names())
                .containsExactly("column_1", "column_2", "column_3");
    }

    @Test
    void aFormatErrorEndsTheParse() throws IOException {
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(stream("a\n1\n\0\n2\n"), CsvFormat.DEFAULT)) {
            assertThat(parser.next()).isEqualTo(new CsvRow(1, 2, List.of("1")));
            CsvFormatException e = catchThrowableOfType(CsvFormatException.class, parser::next);

            assertThat(e).hasMessage("row 3 (byte 4): a NUL byte, which text never has — is this a CSV file?");
            assertThat(parser.next()).isNull();
        }
    }

    @Test
    void aNulInsideAQuotedFieldIsStillBinary() {
        Parsed parsed = Parsing.whole("a\n\"x\0\"\n".getBytes(UTF_8), CsvFormat.DEFAULT);

        assertThat(parsed.failure()).isEqualTo("row 2 (byte 4): a NUL byte, which text never has — is this a CSV file?");
    }

    @Test
    void closingTheParserClosesItsInput() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream("a\n".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        CsvRangeParser.wholeFile(in, CsvFormat.DEFAULT).close();

        assertThat(closed).isTrue();
    }

    @Test
    void valuesAreNeverTrimmedButHeaderNamesAre() {
        Parsed parsed = Parsing.whole(" id , name \n 1 ,\" Ann \"\n".getBytes(UTF_8), CsvFormat.DEFAULT);

        assertThat(parsed.header().names()).containsExactly("id", "name");
        assertThat(parsed.values()).containsExactly(List.of(" 1 ", " Ann "));
    }

    @Test
    void aSingleQuoteCanBeTheQuote() {
        CsvFormat format = CsvFormat.DEFAULT.withQuote('\'');

        Parsed parsed = Parsing.whole("a,b\n'x,y','it''s'\n\"q\",z\n".getBytes(UTF_8), format);

        assertThat(parsed.values()).containsExactly(List.of("x,y", "it's"), List.of("\"q\"", "z"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }
}
