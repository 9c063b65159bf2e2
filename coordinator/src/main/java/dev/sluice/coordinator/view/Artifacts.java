package dev.sluice.coordinator.view;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import dev.sluice.coordinator.decide.RetryIds;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvWriteOptions;
import dev.sluice.formats.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a job leaves behind besides its state: its log (its events and its handlers' lines), an
 * error report when records failed (CSV of the failed records and their messages), and the file it
 * exported, if any.
 */
public final class Artifacts {

    public static final String LOG = "job.log";
    public static final String ERROR_REPORT = "errors.csv";

    private final LogView logs;
    private final ErrorView errors;
    private final Function<String, Optional<FileMeta>> files;

    public Artifacts(LogView logs, ErrorView errors, Function<String, Optional<FileMeta>> files) {
        this.logs = logs;
        this.errors = errors;
        this.files = files;
    }

    /** One artifact as the API lists it. */
    public record Artifact(String name, String type, String contentType, long size, String downloadUrl) {
    }

    /** The artifacts of {@code job} (as the API shows it); the sizes of the log and report are rendered to count. */
    public List<Artifact> list(JsonNode job) {
        String id = job.get("id").asText();
        List<Artifact> out = new ArrayList<>();
        for (String name : List.of(LOG, ERROR_REPORT)) {
            open(job, name).ifPresent(download -> out.add(new Artifact(name, download.type(), download.contentType(),
                    size(download.writing()), url(id, name))));
        }
        export(job).ifPresent(out::add);
        return out;
    }

    /** The log or the error report of {@code job}, ready to write; empty when it has none of that name. */
    public Optional<Download> open(JsonNode job, String name) {
        if (name.equals(LOG)) {
            return Optional.of(new Download("log", "text/plain; charset=utf-8",
                    stream -> writeLog(job.get("id").asText(), stream)));
        }
        List<String> chain = chain(job);
        if (name.equals(ERROR_REPORT) && errors.any(chain)) {
            return Optional.of(new Download("report", "text/csv; charset=utf-8",
                    stream -> writeErrorReport(chain, stream)));
        }
        return Optional.empty();
    }

    /** The file a completed export wrote, as an artifact; empty for other jobs. */
    public Optional<Artifact> export(JsonNode job) {
        JsonNode output = job.path("output");
        Optional<FileMeta> exported = output.path("fileId").isTextual() && "completed".equals(job.path("status").asText())
                ? files.apply(output.get("fileId").asText()) : Optional.empty();
        return exported.map(file -> new Artifact(file.name(), "export", file.contentType(), file.size(),
                output.path("fileUrl").asText()));
    }

    /** An artifact to write: its type, content type and bytes. */
    public record Download(String type, String contentType, Writing writing) {
    }

    /** The job and the jobs it retries, whose failed records it carries. */
    public static List<String> chain(JsonNode job) {
        return RetryIds.chain(job.get("id").asText(), job.path("retryAttempts").asInt());
    }

    /** Writes an artifact's bytes. */
    @FunctionalInterface
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private void writeLog(String id, OutputStream out) throws IOException {
        try {
            logs.forEach(id, (JobLogLine line) -> write(out, line.render() + "\n"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void writeErrorReport(List<String> chain, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.to(out, CsvFormat.DEFAULT, CsvWriteOptions.DEFAULTS);
        csv.writeRow("recordId", "row", "batch", "stage", "field", "code", "message", "values");
        try {
            errors.forEach(chain, 0, entry -> {
                try {
                    csv.writeRow(nullToEmpty(entry.error().recordId()), Long.toString(entry.error().row()),
                            Integer.toString(entry.batch()), entry.stage(), nullToEmpty(entry.error().field()),
                            entry.error().code(), entry.error().message(), Json.text(entry.error().values()));
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Writing writing) {
        CountingStream counter = new CountingStream();
        try {
            writing.to(counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static String url(String id, String name) {
        return "/api/v1/jobs/" + id + "/artifacts/" + name;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Counts bytes and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
