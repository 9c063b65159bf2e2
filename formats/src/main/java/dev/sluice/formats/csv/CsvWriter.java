package dev.sluice.formats.csv;

import dev.sluice.formats.csv.internal.FormulaGuard;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV in a {@link CsvFormat}'s delimiter, quote and encoding.
 *
 * <ul>
 *   <li>A value holding the delimiter, the quote, CR or LF is quoted, its quotes doubled; others are
 *       written as they are. A null value is written as an empty field.</li>
 *   <li>A row of one empty value is written as {@code ""}, since an empty line is no row to a reader.</li>
 *   <li>With {@link CsvWriteOptions#neutralizeFormulas()} (the default), a value starting with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a leading {@code '} unless it is a
 *       plain number like {@code -12.5}; the header row too. Readers then see the {@code '}.</li>
 *   <li>A character the encoding cannot hold fails the write (no silent {@code ?}).</li>
 * </ul>
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;
    private final String delimiter;
    private final char quote;
    private final String quoteText;
    private final String doubledQuote;
    private final CsvWriteOptions options;
    private long rows;

    public CsvWriter(Writer out, CsvFormat format, CsvWriteOptions options) {
        this.out = out;
        this.delimiter = String.valueOf(format.delimiter());
        this.quote = format.quote();
        this.quoteText = String.valueOf(quote);
        this.doubledQuote = quoteText + quoteText;
        this.options = options;
    }

    /** A writer that encodes to {@code out} in the format's encoding (utf-16 with a byte order mark). */
    public static CsvWriter to(OutputStream out, CsvFormat format, CsvWriteOptions options) {
        var encoder = format.encoding().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, encoder), 1 << 16), format, options);
    }

    public static CsvWriter to(OutputStream out, CsvFormat format) {
        return to(out, format, CsvWriteOptions.DEFAULTS);
    }

    /** Writes one row; it must have at least one value. */
    public void writeRow(List<String> values) throws IOException {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one value; an empty line is no row");
        }
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            writeValue(values.get(i), values.size() == 1);
        }
        out.write(options.lineEnding());
        rows++;
    }

    public void writeRow(String... values) throws IOException {
        writeRow(Arrays.asList(values));
    }

    /** The rows written so far. */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeValue(String raw, boolean alone) throws IOException {
        String value = raw == null ? "" : options.neutralizeFormulas() ? FormulaGuard.neutralize(raw) : raw;
        if (needsQuotes(value) || value.isEmpty() && alone) {
            out.write(quote);
            out.write(value.replace(quoteText, doubledQuote));
            out.write(quote);
        } else {
            out.write(value);
        }
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == quote || c == '\r' || c == '\n' || delimiter.charAt(0) == c) {
                return true;
            }
        }
        return false;
    }
}
