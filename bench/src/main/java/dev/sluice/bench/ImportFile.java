package dev.sluice.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The import phase's CSV: the CSV phase's rows ({@link CsvRowMaker}, same seed) with a US phone
 * number added as an eleventh column, written as people write them ({@code (212) 555-0142}), so
 * that the transform has phones to format. A schema for it, and the guide's steps, are in
 * {@link ImportSteps}.
 */
final class ImportFile {

    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(CsvRowMaker.COLUMNS);
        columns.add("phone");
        COLUMNS = List.copyOf(columns);
    }

    private ImportFile() {
    }

    static CsvFile generate(long rows) throws IOException {
        Path path = Files.createTempFile("sluice-bench-import-", ".csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20)) {
            CsvRowMaker maker = new CsvRowMaker(new SplittableRandom(CsvFile.SEED));
            StringBuilder line = new StringBuilder(256);
            out.write((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
            for (long row = 1; row <= rows; row++) {
                line.setLength(0);
                maker.append(row, line);
                line.append(",(212) 555-01").append(row % 10).append((row / 10) % 10).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new CsvFile(path, rows, Files.size(path));
    }
}
