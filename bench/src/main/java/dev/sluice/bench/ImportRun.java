package dev.sluice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One full import through the HTTP API, a job at a time as a user chains them: a schema workbook,
 * the upload, then {@code file/validate} (size and type; no virus scan, as the bench starts no
 * clamd), extract, map, validate-records, transform and export. Each job is timed by its own
 * {@code createdAt} and {@code completedAt}; end to end runs from the upload's first byte until the
 * bench saw the export completed. The exported file is downloaded and its elements counted.
 */
final class ImportRun {

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(15);

    /**
     * What the import took.
     *
     * @param uploadNanos   from the upload's first byte to the API's answer
     * @param steps         each job's {@code createdAt} to {@code completedAt}, in order
     * @param endToEndNanos from the upload's first byte until the export was seen completed
     * @param invalid       records validate-records found invalid
     * @param exported      elements of the exported JSON file
     */
    record Result(long uploadNanos, Map<String, Duration> steps, long endToEndNanos, long invalid, long exported) {
    }

    private final JobClient jobs;
    private final FileTransfer files;

    ImportRun(int port) {
        this.jobs = new JobClient(port);
        this.files = new FileTransfer(port);
    }

    Result run(CsvFile csv, StepCpu cpu) throws Exception {
        String schema = jobs.createWorkbook(ImportSteps.SCHEMA);
        Map<String, Duration> steps = new LinkedHashMap<>();
        long start = System.nanoTime();
        FileTransfer.Upload upload = files.upload(csv.path(), "customers.csv");
        cpu.endOf("upload");
        step(steps, cpu, "validate file", "{\"type\":\"file\",\"operation\":\"validate\",\"source\":\"" + upload.fileId()
                + "\",\"config\":{\"maxFileSize\":\"1GB\",\"allowedTypes\":[\"csv\"]}}", -1);
        JsonNode extract = step(steps, cpu, "extract", "{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                + upload.fileId() + "\",\"config\":{\"batchSize\":" + CsvImport.EXTRACT_BATCH_SIZE + "}}", csv.rows());
        JsonNode map = step(steps, cpu, "map", "{\"type\":\"workbook\",\"operation\":\"map\",\"source\":\""
                + workbook(extract) + "\",\"destination\":\"" + schema + "\",\"config\":" + ImportSteps.MAP + "}", csv.rows());
        if (!map.at("/output/mapping/unmappedSources").isEmpty()) {
            throw new IllegalStateException("the map left columns unmapped: " + map.at("/output/mapping"));
        }
        JsonNode validate = step(steps, cpu, "validate records", "{\"type\":\"workbook\",\"operation\":\"validate-records\","
                + "\"source\":\"" + workbook(map) + "\",\"config\":" + ImportSteps.VALIDATE + "}", csv.rows());
        JsonNode transform = step(steps, cpu, "transform", "{\"type\":\"custom\",\"operation\":\"transform-customer-data\","
                + "\"source\":\"" + workbook(validate) + "\",\"config\":{\"transformations\":" + ImportSteps.TRANSFORMATIONS
                + "}}", csv.rows());
        JsonNode export = step(steps, cpu, "export", "{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + workbook(transform) + "\",\"config\":" + ImportSteps.EXPORT + "}", -1);
        long endToEnd = System.nanoTime() - start;
        FileTransfer.Download download = files.countJsonArray(jobs.result(export.get("id").asText()).get("fileUrl").asText());
        long invalid = validate.path("errorCount").asLong();
        if (download.elements() != csv.rows() - invalid) {
            throw new IllegalStateException("the export holds " + download.elements() + " records; expected "
                    + (csv.rows() - invalid) + " valid of " + csv.rows());
        }
        return new Result(upload.nanos(), steps, endToEnd, invalid, download.elements());
    }

    /** Runs one job to completion, books its time and CPU as {@code name}, and checks its record count (unless -1). */
    private JsonNode step(Map<String, Duration> steps, StepCpu cpu, String name, String body, long rows) throws Exception {
        JsonNode job = jobs.awaitCompleted(jobs.create(body), STEP_TIMEOUT);
        if (rows >= 0 && job.path("recordsProcessed").asLong() != rows) {
            throw new IllegalStateException(name + " processed " + job.path("recordsProcessed").asLong() + " of " + rows);
        }
        cpu.endOf(name);
        steps.put(name, Duration.between(Instant.parse(job.get("createdAt").asText()),
                Instant.parse(job.get("completedAt").asText())));
        Report.note("import: " + name + " in " + steps.get(name).toMillis() + " ms");
        return job;
    }

    private static String workbook(JsonNode job) {
        return job.at("/output/workbookId").asText();
    }
}
