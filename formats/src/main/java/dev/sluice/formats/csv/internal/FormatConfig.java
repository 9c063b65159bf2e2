package dev.sluice.formats.csv.internal;

import dev.sluice.formats.csv.CsvConfigException;
import dev.sluice.formats.csv.CsvFormat;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a {@link CsvFormat} from a job's config map, naming the key that is wrong. */
public final class FormatConfig {
    public static final Set<String> KEYS = Set.of("delimiter", "quote", "encoding", "headers", "skipRows");
    private static final Map<String, Character> DELIMITERS =
            Map.of(",", ',', ";", ';', "\t", '\t', "\\t", '\t', "tab", '\t', "|", '|');

    private FormatConfig() {
    }

    public static CsvFormat read(Map<String, ?> config) {
        Map<String, ?> values = config == null ? Map.of() : config;
        CsvFormat d = CsvFormat.DEFAULT;
        return new CsvFormat(
                delimiter(values.get("delimiter"), d.delimiter()),
                quote(values.get("quote"), d.quote()),
                encoding(values.get("encoding"), d.encoding()),
                headers(values.get("headers"), d.headers()),
                skipRows(values.get("skipRows"), d.skipRows()));
    }

    private static char delimiter(Object value, char fallback) {
        if (value == null) {
            return fallback;
        }
        Character delimiter = DELIMITERS.get(text(value, "config.delimiter").toLowerCase(Locale.ROOT));
        if (delimiter == null) {
            throw new CsvConfigException("config.delimiter",
                    "must be one of \",\", \";\", \"\\t\" (or \"tab\"), \"|\", not \"" + value + "\"");
        }
        return delimiter;
    }

    private static char quote(Object value, char fallback) {
        if (value == null) {
            return fallback;
        }
        String quote = text(value, "config.quote");
        if (quote.length() != 1) {
            throw new CsvConfigException("config.quote", "must be one character, \"\\\"\" or \"'\"");
        }
        return quote.charAt(0);
    }

    private static Charset encoding(Object value, Charset fallback) {
        if (value == null) {
            return fallback;
        }
        Charset charset = Encodings.byName(text(value, "config.encoding"));
        if (charset == null) {
            throw new CsvConfigException("config.encoding",
                    "unknown encoding \"" + value + "\"; use " + Encodings.NAMES_HINT);
        }
        return charset;
    }

    private static boolean headers(Object value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean headers)) {
            throw new CsvConfigException("config.headers", "must be true or false");
        }
        return headers;
    }

    private static int skipRows(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number number)) {
            throw new CsvConfigException("config.skipRows", "must be a whole number of rows, 0 or more");
        }
        try {
            return new BigDecimal(number.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CsvConfigException("config.skipRows", "must be a whole number of rows, 0 or more, not " + number);
        }
    }

    private static String text(Object value, String field) {
        if (value instanceof Character c) {
            return c.toString();
        }
        if (!(value instanceof String s)) {
            throw new CsvConfigException(field, "must be a string");
        }
        return s;
    }
}
