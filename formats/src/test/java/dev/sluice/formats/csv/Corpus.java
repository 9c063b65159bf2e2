package dev.sluice.formats.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.sluice.formats.csv.internal.Encodings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files under {@code src/test/resources/csv} and the format each is read with. */
final class Corpus {
    /** Every ASCII-compatible corpus file; the utf-16 ones are read whole by their own tests. */
    static final Map<String, CsvFormat> FILES = files();

    private Corpus() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parsed parse(String name, CsvFormat format) {
        return Parsing.whole(bytes(name), format);
    }

    static Parsed parse(String name) {
        return parse(name, FILES.get(name));
    }

    private static Map<String, CsvFormat> files() {
        CsvFormat csv = CsvFormat.DEFAULT;
        Map<String, CsvFormat> files = new LinkedHashMap<>();
        for (String name : new String[] {"quoted-delimiters.csv", "doubled-quotes.csv", "embedded-newlines.csv",
                "crlf.csv", "lf.csv", "mixed-endings.csv", "lone-cr.csv", "bom-utf8.csv", "ragged.csv",
                "empty-lines.csv", "empty.csv", "header-only.csv", "no-trailing-newline.csv", "empty-fields.csv",
                "literal-quotes.csv", "unterminated-quote.csv", "header-names.csv", "emoji-utf8.csv",
                "invalid-utf8.csv", "binary.png", "binary.zip"}) {
            files.put(name, csv);
        }
        files.put("latin1.csv", csv.withEncoding(ISO_8859_1));
        files.put("cp1252.csv", csv.withEncoding(Encodings.WINDOWS_1252));
        files.put("semicolon.csv", csv.withDelimiter(';'));
        files.put("tab.tsv", csv.withDelimiter('\t'));
        files.put("pipe.csv", csv.withDelimiter('|'));
        files.put("skip-rows.csv", csv.withSkipRows(2));
        return files;
    }
}
