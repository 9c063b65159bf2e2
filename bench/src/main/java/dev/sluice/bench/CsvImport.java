package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * One CSV through the HTTP API as a user takes it: upload, extract into a workbook, export the
 * workbook as JSON; then the exported file downloaded and its elements counted. Each job is read
 * every 100 ms until it has finished, and timed by its own {@code createdAt} and {@code completedAt}.
 */
final class CsvImport {

    /** Rows per extract batch; ranges are cut on 512 KiB boundaries, so a batch holds a few thousand rows more. */
    static final int EXTRACT_BATCH_SIZE = 50_000;
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);

    /**
     * What the import took.
     *
     * @param uploadNanos    from the upload's first byte to the API's answer
     * @param extract        the extract job's {@code createdAt} to {@code completedAt}
     * @param export         the export job's {@code createdAt} to {@code completedAt}
     * @param endToEndNanos  from the upload's first byte until the bench saw the export completed (within 100 ms)
     * @param download       the exported file, counted
     */
    record Result(long uploadNanos, Duration extract, Duration export, long endToEndNanos, FileTransfer.Download download) {
    }

    private final JobClient jobs;
    private final FileTransfer files;

    CsvImport(int port) {
        this.jobs = new JobClient(port);
        this.files = new FileTransfer(port);
    }

    /** Runs the three steps and books the CPU of each to {@code cpu} as {@code upload}, {@code extract} and {@code export}. */
    Result run(CsvFile csv, StepCpu cpu) throws Exception {
        long start = System.nanoTime();
        FileTransfer.Upload upload = files.upload(csv.path(), "customers.csv");
        cpu.endOf("upload");
        Report.note("csv: uploaded as " + upload.fileId() + " in " + seconds(upload.nanos()) + "; extracting");
        JsonNode extract = finished("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"" + upload.fileId()
                + "\",\"config\":{\"batchSize\":" + EXTRACT_BATCH_SIZE + "}}", csv.rows());
        if (extract.path("errorCount").asLong() != 0) {
            throw new IllegalStateException("the extract found " + extract.path("errorCount") + " bad rows: " + extract);
        }
        cpu.endOf("extract");
        Report.note("csv: extracted in " + took(extract).toMillis() + " ms; exporting");
        JsonNode export = finished("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + extract.at("/output/workbookId").asText() + "\",\"config\":{\"format\":\"json\"}}", csv.rows());
        long endToEnd = System.nanoTime() - start;
        cpu.endOf("export");
        Report.note("csv: exported in " + took(export).toMillis() + " ms; downloading and counting");
        FileTransfer.Download download = files.countJsonArray(jobs.result(export.get("id").asText()).get("fileUrl").asText());
        if (download.elements() != csv.rows() || !download.firstFields().equals(CsvFile.COLUMNS)) {
            throw new IllegalStateException("the exported file holds " + download.elements() + " elements of " + csv.rows()
                    + ", the first with fields " + download.firstFields());
        }
        return new Result(upload.nanos(), took(extract), took(export), endToEnd, download);
    }

    /** Creates the job, waits for it to complete, and checks that it processed every row. */
    private JsonNode finished(String body, long rows) throws Exception {
        JsonNode job = jobs.awaitCompleted(jobs.create(body), STEP_TIMEOUT);
        if (job.path("recordsProcessed").asLong() != rows) {
            throw new IllegalStateException("job " + job.get("id").asText() + " processed "
                    + job.path("recordsProcessed").asLong() + " records of " + rows);
        }
        return job;
    }

    private static Duration took(JsonNode job) {
        return Duration.between(Instant.parse(job.get("createdAt").asText()), Instant.parse(job.get("completedAt").asText()));
    }

    private static String seconds(long nanos) {
        return Report.decimal(nanos / 1e9) + " s";
    }
}
