package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.UnmappableCharacterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {
    private static final CsvWriteOptions PLAIN = CsvWriteOptions.DEFAULTS.withNeutralizeFormulas(false);

    @Test
    void plainValuesAreWrittenAsTheyAreWithCrlfLineEndings() throws IOException {
        assertThat(write(CsvFormat.DEFAULT, PLAIN, List.of("id", "name"), List.of("1", " Ann "))).isEqualTo("id,name\r\n1, Ann \r\n");
    }

    @Test
    void valuesWithTheDelimiterQuoteOrALineBreakAreQuotedWithQuotesDoubled() throws IOException {
        String csv = write(CsvFormat.DEFAULT, PLAIN, List.of("a,b", "say \"hi\"", "two\nlines", "cr\r", "plain"));

        assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",plain\r\n");
    }

    @Test
    void onlyTheFormatsOwnDelimiterAndQuoteCauseQuoting() throws IOException {
        CsvFormat format = CsvFormat.DEFAULT.withDelimiter(';').withQuote('\'');

        assertThat(write(format, PLAIN, List.of("a,b", "c;d", "it's", "\"q\""))).isEqualTo("a,b;'c;d';'it''s';\"q\"\r\n");
    }

    @Test
    void aNullValueIsAnEmptyFieldAndALoneEmptyValueIsQuotedSoItIsNotAnEmptyLine() throws IOException {
        String csv = write(CsvFormat.DEFAULT, PLAIN, Arrays.asList("a", null, ""), List.of(""), Arrays.asList((String) null));

        assertThat(csv).isEqualTo("a,,\r\n\"\"\r\n\"\"\r\n");
        assertThat(Parsing.whole(csv.getBytes(UTF_8), CsvFormat.DEFAULT.withHeaders(false)).values())
                .containsExactly(List.of("a", "", ""), List.of(""), List.of(""));
    }

    @Test
    void aRowWithoutValuesIsRefused() {
        CsvWriter writer = new CsvWriter(new StringWriter(), CsvFormat.DEFAULT, PLAIN);

        assertThatThrownBy(() -> writer.writeRow(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLineEndingCanBeLf() throws IOException {
        assertThat(write(CsvFormat.DEFAULT, PLAIN.withLineEnding("\n"), List.of("a"), List.of("b"))).isEqualTo("a\nb\n");
        assertThatThrownBy(() -> PLAIN.withLineEnding("\r")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCharacterTheEncodingCannotHoldFailsTheWriteInsteadOfBecomingAQuestionMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> {
            try (CsvWriter writer = CsvWriter.to(out, CsvFormat.DEFAULT.withEncoding(ISO_8859_1))) {
                writer.writeRow("price", "€3");
            }
        }).isInstanceOf(UnmappableCharacterException.class);
    }

    @Test
    void writtenBytesAreInTheFormatsEncodingAndCountedAsRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.to(out, CsvFormat.DEFAULT.withEncoding(ISO_8859_1))) {
            writer.writeRow("José", "Zürich");
            assertThat(writer.rowsWritten()).isEqualTo(1);
        }

        assertThat(out.toByteArray()).isEqualTo("José,Zürich\r\n".getBytes(ISO_8859_1));
    }

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(chars = {',', ';', '\t', '|'})
    void whatTheWriterWritesTheParserReadsBackValueForValue(char delimiter) throws IOException {
        Random random = new Random(delimiter);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(randomRow(random, 1 + random.nextInt(6)));
        }
        for (CsvFormat format : List.of(CsvFormat.DEFAULT.withDelimiter(delimiter).withHeaders(false),
                CsvFormat.DEFAULT.withDelimiter(delimiter).withHeaders(false).withQuote('\'').withEncoding(UTF_16))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvWriter writer = CsvWriter.to(out, format, PLAIN)) {
                for (List<String> row : rows) {
                    writer.writeRow(row);
                }
            }

            assertThat(Parsing.whole(out.toByteArray(), format).values()).isEqualTo(rows);
        }
    }

    private static List<String> randomRow(Random random, int size) {
        int[] alphabet = "ab ,;|\t\"'\r\n=+-@é€😀".codePoints().toArray();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                value.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            row.add(value.toString());
        }
        return row;
    }

    @SafeVarargs
    private static String write(CsvFormat format, CsvWriteOptions options, List<String>... rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out, format, options)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toString();
    }
}
