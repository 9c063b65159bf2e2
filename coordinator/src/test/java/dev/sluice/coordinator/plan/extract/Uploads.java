package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.file.UploadObserver;
import dev.sluice.common.job.ErrorBudget;
import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.job.Priority;
import dev.sluice.common.job.Resources;
import dev.sluice.common.job.RetryPolicy;
import dev.sluice.coordinator.plan.csv.CsvIndexObserver;
import dev.sluice.formats.xlsx.XlsxWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/** Files as the coordinator stores them after an upload, with the index its observers learn, and extract jobs for them. */
public final class Uploads {

    public static final String FILE_ID = "file_0123456789abcdef0123456789ab";
    private static final int CHUNK = 1 << 20;
    /** Bytes are fed in pieces of an odd size, so nothing depends on where chunks are cut. */
    private static final int PIECE = 7919;

    private Uploads() {
    }

    /** The file as stored when both the CSV and the content observers saw its upload. */
    public static FileMeta stored(byte[] bytes, String name) {
        return stored(bytes, name, List.of(new CsvIndexObserver(), new ContentObserver()));
    }

    /** The file as stored when only {@code observers} saw it (none: a file uploaded before they existed). */
    public static FileMeta stored(byte[] bytes, String name, List<UploadObserver> observers) {
        for (int off = 0; off < bytes.length; off += PIECE) {
            for (UploadObserver observer : observers) {
                observer.bytes(bytes, off, Math.min(PIECE, bytes.length - off));
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        observers.forEach(observer -> index.putAll(observer.finish()));
        List<Long> offsets = new ArrayList<>(LongStream.range(0, (bytes.length + CHUNK - 1) / CHUNK).boxed().toList());
        return new FileMeta(FILE_ID, name, bytes.length, "0".repeat(64), Instant.EPOCH, "application/octet-stream", 0,
                CHUNK, offsets, index);
    }

    public static JobSpec extract(Map<String, Object> config, int batchSize) {
        return new JobSpec(JobType.FILE, "extract", FILE_ID, config, Map.of(),
                new Execution(Priority.NORMAL, batchSize, 4, 1000, 0, RetryPolicy.NONE, ErrorBudget.UNLIMITED, Resources.NONE),
                null);
    }

    /** An xlsx workbook with a sheet of a header and one row for each name given. */
    public static byte[] workbook(String... sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = XlsxWriter.to(out)) {
            for (String sheet : sheets) {
                writer.startSheet(sheet, List.of("id", "name"));
                writer.writeRow(List.of(1L, sheet));
            }
        }
        return out.toByteArray();
    }
}
