package dev.sluice.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sluice.common.json.Json;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The most one thread of this machine makes of the CSV: the whole file parsed with the parser the
 * extract uses ({@link CsvRangeParser#wholeFile}, {@link CsvFormat#DEFAULT}) and each row written as
 * a JSON object, as the export writes it, with Jackson's streaming generator to a stream that
 * discards it. No Kafka, no records in between: the limit the distributed path is held against.
 */
final class CsvLimit {

    private static final long WARM_UP_ROWS = 200_000;

    /**
     * The limit, two ways: rows per second, and the thread's CPU time per row, which other processes
     * on the machine do not inflate.
     */
    record Limit(double rowsPerSecond, double cpuNanosPerRow) {
    }

    private CsvLimit() {
    }

    /** After a warm-up over the first rows, the median of three passes over the whole file, by rows per second. */
    static Limit measure(CsvFile csv) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        pass(csv, Math.min(WARM_UP_ROWS, csv.rows()));
        Limit[] passes = new Limit[3];
        for (int i = 0; i < passes.length; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long rows = pass(csv, Long.MAX_VALUE);
            if (rows != csv.rows()) {
                throw new IllegalStateException("the parser read " + rows + " rows of " + csv.rows() + " from " + csv.path());
            }
            passes[i] = new Limit(rows / ((System.nanoTime() - start) / 1e9),
                    (threads.getCurrentThreadCpuTime() - cpuStart) / (double) rows);
        }
        Arrays.sort(passes, Comparator.comparingDouble(Limit::rowsPerSecond));
        return passes[1];
    }

    /** Parses and writes up to {@code limit} rows; returns how many. */
    private static long pass(CsvFile csv, long limit) throws IOException {
        long rows = 0;
        // The parser reads 64 KiB at a time on its own.
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(Files.newInputStream(csv.path()), CsvFormat.DEFAULT);
             JsonGenerator json = Json.MAPPER.getFactory().createGenerator(OutputStream.nullOutputStream())) {
            List<String> fields = parser.header().names();
            json.writeStartArray();
            for (CsvItem item = parser.next(); item != null && rows < limit; item = parser.next()) {
                if (item instanceof CsvRow row) {
                    write(json, fields, row.values());
                    rows++;
                }
            }
            json.writeEndArray();
        }
        return rows;
    }

    private static void write(JsonGenerator json, List<String> fields, List<String> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < fields.size(); i++) {
            json.writeFieldName(fields.get(i));
            json.writeObject(i < values.size() ? values.get(i) : null);
        }
        json.writeEndObject();
    }
}
