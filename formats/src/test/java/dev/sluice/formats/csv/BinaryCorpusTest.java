package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BinaryCorpusTest {

    @Test
    void aPngIsNotUtf8TextFromItsFirstByte() {
        Parsed parsed = Corpus.parse("binary.png");

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.failure()).isEqualTo("row 1 (byte 0): not text in utf-8 — is this a CSV file?");
    }

    @Test
    void aZipFailsAtItsFirstNulByte() {
        Parsed parsed = Corpus.parse("binary.zip");

        assertThat(parsed.failure()).isEqualTo("row 1 (byte 5): a NUL byte, which text never has — is this a CSV file?");
    }

    @Test
    void inLatin1EveryByteIsTextSoTheNulByteGivesBinaryAway() {
        Parsed parsed = Corpus.parse("binary.png", CsvFormat.DEFAULT.withEncoding(ISO_8859_1).withHeaders(false));

        assertThat(parsed.values()).containsExactly(java.util.List.of("\u0089PNG"), java.util.List.of("\u001a"));
        assertThat(parsed.failure()).isEqualTo("row 3 (byte 8): a NUL byte, which text never has — is this a CSV file?");
    }

    @Test
    void readingTheHeaderOfABinaryFileFailsWithTheRowAndByte() {
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
                () -> CsvHeader.read(new ByteArrayInputStream(Corpus.bytes("binary.zip")), CsvFormat.DEFAULT));

        assertThat(e.rowIndex()).isZero();
        assertThat(e.byteOffset()).isEqualTo(5);
    }
}
