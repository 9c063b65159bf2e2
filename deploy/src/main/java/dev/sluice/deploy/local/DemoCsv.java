package dev.sluice.deploy.local;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * {@code customers.csv}, the file {@code sluice demo} imports: made-up customers generated from a
 * fixed seed as the file is read, so every run imports the same bytes and the jar carries none of
 * them. It has what real exports have: a byte-order mark, CRLF line ends, accented names, and quoted
 * values holding commas, quotes and line breaks. One row in 500 is ragged, as an export that forgot
 * to quote a company with a comma in its name, or stopped in the middle of a row, leaves it; the
 * extract job keeps those rows and counts each as an error.
 * {@code src/main/resources/demo/customers.csv} holds its first rows, to read.
 */
public final class DemoCsv {

    /** The file's name in Sluice. */
    public static final String NAME = "customers.csv";
    /** Rows of the file unless told otherwise. */
    public static final int DEFAULT_ROWS = 50_000;
    /** The header, which the extract job turns into the sheet's fields. */
    public static final List<String> FIELDS = List.of("id", "first_name", "last_name", "email", "company", "phone",
            "street", "city", "postcode", "country", "signed_up", "notes");

    static final long SEED = 20_260_101L;
    /** Rows {@code n} with {@code n % RAGGED_CYCLE} at these offsets are ragged. */
    private static final int RAGGED_CYCLE = 1000;
    private static final int EXTRA_VALUE = 7;
    private static final int CUT_SHORT = 503;
    /** The values a row cut short keeps: up to the city. */
    private static final int CUT_SHORT_VALUES = FIELDS.indexOf("city") + 1;
    private static final String UNQUOTED_COMPANY = "Hansen, Berg & Co.";
    private static final String NEWLINE = "\r\n";

    private final int rows;

    /** A file of {@code rows} customers after the header; at least 0. */
    public DemoCsv(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be at least 0, got " + rows);
        }
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    /** Whether the data row {@code row} (from 0) has more or fewer values than the header. */
    public static boolean ragged(long row) {
        long offset = row % RAGGED_CYCLE;
        return offset == EXTRA_VALUE || offset == CUT_SHORT;
    }

    /** How many of the rows are {@link #ragged}: the extract job's error count. */
    public int raggedRows() {
        int full = rows / RAGGED_CYCLE * 2;
        int rest = rows % RAGGED_CYCLE;
        return full + (rest > EXTRA_VALUE ? 1 : 0) + (rest > CUT_SHORT ? 1 : 0);
    }

    /** The file's bytes, UTF-8, generated as they are read; each call starts over with the same bytes. */
    public InputStream open() {
        DemoCustomers customers = new DemoCustomers(SEED);
        return new LineStream(rows + 1, line -> line == 0
                ? "\uFEFF" + String.join(",", FIELDS) + NEWLINE
                : row(line - 1, customers.next(line)));
    }

    private static String row(long row, List<String> values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            cells.add(quoted(value));
        }
        if (row % RAGGED_CYCLE == EXTRA_VALUE) {
            cells.set(FIELDS.indexOf("company"), UNQUOTED_COMPANY);
        } else if (row % RAGGED_CYCLE == CUT_SHORT) {
            cells.subList(CUT_SHORT_VALUES, cells.size()).clear();
        }
        return String.join(",", cells) + NEWLINE;
    }

    private static String quoted(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** An input stream over lines made one at a time. */
    private static final class LineStream extends InputStream {

        private final long count;
        private final LongFunction<String> lines;
        private long next;
        private byte[] current = new byte[0];
        private int position;

        LineStream(long count, LongFunction<String> lines) {
            this.count = count;
            this.lines = lines;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        /** Makes sure there is a byte to read; false at the end. */
        private boolean fill() {
            while (position == current.length) {
                if (next == count) {
                    return false;
                }
                current = lines.apply(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }
    }
}
