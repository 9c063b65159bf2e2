package dev.sluice.formats.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Prints rough single-thread throughput on a generated 50 MB utf-8 file. A measurement, not a test:
 * {@code java -cp target/classes:target/test-classes dev.sluice.formats.csv.ParseSpeed [rounds]}.
 */
public final class ParseSpeed {
    private static final int SIZE = 50 << 20;
    private static final int CHUNK = 1 << 16;

    private ParseSpeed() {
    }

    public static void main(String[] args) throws IOException {
        byte[] file = generate();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 1; round <= rounds; round++) {
            report("parse whole file", round, file.length, () -> parse(file));
            report("scan, one delimiter", round, file.length, () -> scan(new BoundaryScanner((byte) ',', (byte) '"', 1 << 20), file));
            report("scan, all delimiters", round, file.length, () -> scanAll(file));
        }
    }

    private static byte[] generate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + 1024);
        out.writeBytes("id,name,city,comment,amount,created\n".getBytes(StandardCharsets.UTF_8));
        for (long i = 0; out.size() < SIZE; i++) {
            String row = i + ",Customer " + i + ",Zürich,\"Note, with a comma and \"\"quotes\"\"\"," + (i % 9973) * 1.25
                    + ",2024-05-01T12:00:00Z\n";
            out.writeBytes(row.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static long parse(byte[] file) throws IOException {
        long rows = 0;
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(new ByteArrayInputStream(file), CsvFormat.DEFAULT)) {
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static long scan(BoundaryScanner scanner, byte[] file) {
        for (int off = 0; off < file.length; off += CHUNK) {
            scanner.feed(file, off, Math.min(CHUNK, file.length - off));
        }
        scanner.finish();
        return scanner.totalRows();
    }

    private static long scanAll(byte[] file) {
        AllDelimitersScanner scanner = new AllDelimitersScanner((byte) '"', 1 << 20);
        for (int off = 0; off < file.length; off += CHUNK) {
            scanner.feed(file, off, Math.min(CHUNK, file.length - off));
        }
        scanner.finish();
        return scanner.forDelimiter(',').totalRows();
    }

    private static void report(String what, int round, long bytes, Work work) throws IOException {
        long start = System.nanoTime();
        long rows = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-22s round %d: %,d rows, %.0f MB/s%n", what, round, rows, bytes / 1e6 / seconds);
    }

    private interface Work {
        long run() throws IOException;
    }
}
