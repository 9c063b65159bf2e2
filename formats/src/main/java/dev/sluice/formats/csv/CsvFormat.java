package dev.sluice.formats.csv;

import dev.sluice.formats.csv.internal.Encodings;
import dev.sluice.formats.csv.internal.FormatConfig;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * How a CSV file is written: a validated option bundle, read once from a job's {@code config}.
 *
 * @param delimiter separates fields: {@code ,} {@code ;} tab or {@code |}; default {@code ,}
 * @param quote     encloses a field holding delimiters, quotes or line breaks: {@code "} or {@code '}; default {@code "}
 * @param encoding  utf-8, iso-8859-1, windows-1252, us-ascii, utf-16, utf-16le or utf-16be; default utf-8
 * @param headers   whether the first row after the skipped ones names the columns; default true
 * @param skipRows  rows (non-empty records) dropped at the very start of the file, before the header; default 0
 */
public record CsvFormat(char delimiter, char quote, Charset encoding, boolean headers, int skipRows) {
    /** Comma, double quote, utf-8, a header row, nothing skipped. */
    public static final CsvFormat DEFAULT = new CsvFormat(',', '"', StandardCharsets.UTF_8, true, 0);

    /** The {@code config} keys that {@link #parse} reads; the caller decides what other keys mean. */
    public static final Set<String> CONFIG_KEYS = FormatConfig.KEYS;

    public CsvFormat {
        if (",;\t|".indexOf(delimiter) < 0) {
            throw new CsvConfigException("config.delimiter", "must be one of \",\", \";\", \"\\t\" (or \"tab\"), \"|\"");
        }
        if (quote != '"' && quote != '\'') {
            throw new CsvConfigException("config.quote", "must be \"\\\"\" or \"'\"");
        }
        if (encoding == null || !Encodings.supported(encoding)) {
            throw new CsvConfigException("config.encoding", "must be one of " + Encodings.NAMES_HINT);
        }
        if (skipRows < 0) {
            throw new CsvConfigException("config.skipRows", "must be 0 or more, not " + skipRows);
        }
    }

    /**
     * Reads {@code delimiter}, {@code quote}, {@code encoding}, {@code headers} and {@code skipRows} from a
     * job's config; a missing or null key takes its default.
     *
     * @throws CsvConfigException naming the first bad key, such as {@code config.delimiter}
     */
    public static CsvFormat parse(Map<String, ?> config) {
        return FormatConfig.read(config);
    }

    /**
     * Whether every byte below 0x80 is the ASCII character it looks like, so line breaks, quotes and
     * delimiters can be found in raw bytes: true for utf-8, iso-8859-1, windows-1252 and us-ascii. Only
     * such files can be cut into ranges; a utf-16 file is parsed as one range.
     */
    public boolean asciiCompatible() {
        return Encodings.asciiCompatible(encoding);
    }

    public CsvFormat withDelimiter(char value) {
        return new CsvFormat(value, quote, encoding, headers, skipRows);
    }

    public CsvFormat withQuote(char value) {
        return new CsvFormat(delimiter, value, encoding, headers, skipRows);
    }

    public CsvFormat withEncoding(Charset value) {
        return new CsvFormat(delimiter, quote, value, headers, skipRows);
    }

    public CsvFormat withHeaders(boolean value) {
        return new CsvFormat(delimiter, quote, encoding, value, skipRows);
    }

    public CsvFormat withSkipRows(int value) {
        return new CsvFormat(delimiter, quote, encoding, headers, value);
    }
}
