package dev.sluice.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated CSV in a temporary file, written row by row so that it is never in memory whole, the
 * same for the same row count and seed. Its rows are {@link CsvRowMaker}'s; the file is deleted on close.
 *
 * @param path the file
 * @param rows data rows, after the header row
 * @param size bytes
 */
record CsvFile(Path path, long rows, long size) implements AutoCloseable {

    static final List<String> COLUMNS = CsvRowMaker.COLUMNS;
    static final long SEED = 20_240_601L;

    static CsvFile generate(long rows) throws IOException {
        Path path = Files.createTempFile("sluice-bench-", ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20)) {
            CsvRowMaker maker = new CsvRowMaker(new SplittableRandom(SEED));
            StringBuilder line = new StringBuilder(256);
            out.write((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
            for (long row = 1; row <= rows; row++) {
                line.setLength(0);
                maker.append(row, line);
                out.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new CsvFile(path, rows, Files.size(path));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
