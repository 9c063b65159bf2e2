package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingCorpusTest {

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstHeaderName() {
        Parsed parsed = Corpus.parse("bom-utf8.csv");

        assertThat(parsed.header().names()).containsExactly("name", "dish", "price");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 19L, List.of("Zoë", "Crème brûlée", "€4")),
                tuple(2L, 45L, List.of("Ødegaard", "Smørbrød", "€12")));
    }

    @Test
    void latin1BytesReadAsTheirAccentedLetters() {
        Parsed parsed = Corpus.parse("latin1.csv");

        assertThat(parsed.header().names()).containsExactly("name", "city");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 10L, List.of("José", "São Paulo")),
                tuple(2L, 25L, List.of("François", "Zürich, CH")));
    }

    @Test
    void windows1252BytesReadAsEuroSignAndTypographicQuotes() {
        Parsed parsed = Corpus.parse("cp1252.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::values).containsExactly(
                tuple(1L, List.of("Café", "€3", "“smart quotes”")),
                tuple(2L, List.of("Œuvre", "€10", "…")));
    }

    @Test
    void multiByteCharactersAdvanceTheByteOffsetByTheirEncodedLength() {
        Parsed parsed = Corpus.parse("emoji-utf8.csv");

        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 8L, List.of("1", "naïve café")),
                tuple(2L, 23L, List.of("2", "😀 grin")),
                tuple(3L, 35L, List.of("3", "日本語")),
                tuple(4L, 47L, List.of("4", "end")));
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource({"utf16le-bom.csv, utf-16le", "utf16le-bom.csv, utf-16", "utf16be-bom.csv, utf-16be",
            "utf16be-bom.csv, utf-16", "utf16be-bom.csv, utf-16le"})
    void utf16FilesReadWholeAndTheirByteOrderMarkDecidesTheByteOrder(String file, String encoding) {
        CsvFormat format = CsvFormat.parse(java.util.Map.of("encoding", encoding));

        Parsed parsed = Corpus.parse(file, format);

        assertThat(parsed.header().names()).containsExactly("name", "city");
        assertThat(parsed.rows()).extracting(CsvRow::rowIndex, CsvRow::byteOffset, CsvRow::values).containsExactly(
                tuple(1L, 22L, List.of("José", "Zürich")),
                tuple(2L, 46L, List.of("multi\nline", "€")));
    }

    @Test
    void utf16WithoutByteOrderMarkReadsBigEndian() {
        byte[] file = "a,b\n1,€\n".getBytes(UTF_16BE);

        Parsed parsed = Parsing.whole(file, CsvFormat.DEFAULT.withEncoding(UTF_16));

        assertThat(parsed.rows()).extracting(CsvRow::byteOffset, CsvRow::values).containsExactly(tuple(8L, List.of("1", "€")));
    }

    @Test
    void invalidUtf8FailsNamingTheRowAndTheByte() {
        Parsed parsed = Corpus.parse("invalid-utf8.csv");

        assertThat(parsed.values()).containsExactly(List.of("1", "Ann"));
        assertThat(parsed.failure()).isEqualTo("row 3 (byte 17): not text in utf-8 — is this a CSV file?");
    }

    @Test
    void theSameBytesAreTextInLatin1() {
        Parsed parsed = Corpus.parse("invalid-utf8.csv", CsvFormat.DEFAULT.withEncoding(ISO_8859_1));

        assertThat(parsed.values()).containsExactly(List.of("1", "Ann"), List.of("2", "Bÿb"));
        assertThat(parsed.failure()).isNull();
    }

    @Test
    void aByteAbove127IsNotUsAscii() {
        Parsed parsed = Corpus.parse("latin1.csv", CsvFormat.DEFAULT.withEncoding(US_ASCII));

        assertThat(parsed.failure()).isEqualTo("row 2 (byte 13): not text in us-ascii — is this a CSV file?");
    }

    @Test
    void aUtf16FileCutShortInsideACharacterIsNotText() {
        byte[] file = "a\n".getBytes(UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 1);

        Parsed parsed = Parsing.whole(cut, CsvFormat.DEFAULT.withEncoding(UTF_16LE));

        assertThat(parsed.failure()).isEqualTo("row 1 (byte 2): not text in utf-16le — is this a CSV file?");
    }

    @Test
    void theEncodingsThatKeepAsciiBytesAsAsciiAreTheOnesThatCanBeCut() {
        assertThat(List.of("utf-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-16", "utf-16le", "utf-16be"))
                .map(name -> CsvFormat.DEFAULT.withEncoding(Charset.forName(name)).asciiCompatible())
                .containsExactly(true, true, true, true, false, false, false);
    }
}
