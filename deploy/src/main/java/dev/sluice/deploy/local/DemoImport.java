package dev.sluice.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import dev.sluice.deploy.client.CoordinatorApi;
import dev.sluice.deploy.client.JobSnapshot;
import dev.sluice.deploy.client.JobWatcher;
import dev.sluice.deploy.console.ProgressLine;
import dev.sluice.deploy.console.Sizes;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The import that {@code sluice demo} runs through the coordinator's API, as any client would:
 * upload {@link DemoCsv}, extract it into a workbook, export the workbook's valid records as JSON,
 * each job with a progress bar; then show the workbook, its first records, the jobs' results, and
 * the exported file, downloaded to {@code DATA_DIR/exports}, or without a data directory to a new
 * temporary directory that stays after the demo.
 */
final class DemoImport {

    /** Records read to find the ones to show; {@link DemoCsv} has a ragged row among them. */
    private static final int RECORDS_READ = 10;
    private static final int RECORDS_SHOWN = 2;

    private final CoordinatorApi api;
    private final URI base;
    private final Path dataDir;
    private final PrintWriter out;
    private final Clock clock;

    /**
     * @param base    the API's address, for the exported file's URL
     * @param dataDir the demo's data directory, or null when it has none
     */
    DemoImport(CoordinatorApi api, URI base, Path dataDir, PrintWriter out, Clock clock) {
        this.api = api;
        this.base = base;
        this.dataDir = dataDir;
        this.out = out;
        this.clock = clock;
    }

    /** Runs the import; true when every job completed. */
    boolean run(DemoCsv csv) throws IOException, InterruptedException {
        JsonNode file = api.upload(DemoCsv.NAME, csv.open());
        say("Uploaded %s (%,d rows, %s) as %s", DemoCsv.NAME, csv.rows(), Sizes.format(file.path("size").asLong()),
                file.path("id").asText());
        JobSnapshot extract = runJob("Extracting it into a workbook", ImportJobs.extract(file.path("id").asText()));
        JsonNode extracted = api.result(extract.id());
        if (!extract.completed()) {
            say("Extract result: %s", Json.text(extracted));
            return false;
        }
        String workbookId = extracted.at("/data/workbookId").asText();
        JobSnapshot export = runJob("Exporting its valid records as JSON", ImportJobs.exportJson(workbookId));
        JsonNode exported = api.result(export.id());
        JsonNode sheet = showWorkbook(workbookId);
        showRecords(sheet.path("id").asText());
        say("Extract result: %s", Json.text(extracted));
        say("Export result:  %s", Json.text(exported));
        if (!export.completed()) {
            return false;
        }
        showFile(exported, sheet.path("recordCount").asLong());
        return true;
    }

    private JobSnapshot runJob(String what, ObjectNode job) throws InterruptedException {
        String id = api.submit(job).id();
        say("%s: job %s", what, id);
        ProgressLine line = ProgressLine.on(out, clock);
        JobSnapshot end = new JobWatcher(api).watch(id, line::update);
        line.finish(end);
        return end;
    }

    /** Prints the workbook and returns its sheet. */
    private JsonNode showWorkbook(String workbookId) {
        JsonNode workbook = api.workbook(workbookId);
        JsonNode sheet = workbook.path("sheets").path(0);
        say("Workbook %s, sheet %s (%s): %,d records", workbookId, sheet.path("name").asText(), sheet.path("id").asText(),
                sheet.path("recordCount").asLong());
        say("  fields: %s", String.join(", ", Json.convert(sheet.path("fields"), String[].class)));
        return sheet;
    }

    /** The first records, and the first one with an error among the next few. */
    private void showRecords(String sheetId) {
        JsonNode items = api.records(sheetId, RECORDS_READ, null).path("items");
        say("Its first records, and the first with an error:");
        for (int i = 0; i < items.size(); i++) {
            JsonNode record = items.get(i);
            if (i < RECORDS_SHOWN) {
                showRecord(record);
            } else if (!record.path("valid").asBoolean(true)) {
                showRecord(record);
                break;
            }
        }
    }

    private void showRecord(JsonNode record) {
        say("  row %d: %s", record.path("row").asLong(), Json.text(record.path("values")));
        for (JsonNode message : record.path("messages")) {
            say("    %s: %s", message.path("level").asText(), message.path("message").asText());
        }
    }

    private void showFile(JsonNode exported, long sheetRecords) throws IOException {
        String fileId = exported.at("/data/fileId").asText();
        Path target = exportDir().resolve(fileName(exported.at("/data/fileName").asText()));
        long size = api.download(fileId, target);
        long records = exported.path("recordCount").asLong();
        say("Exported %,d records as JSON, leaving out %,d invalid ones:", records, sheetRecords - records);
        say("  %s%s (served while Sluice runs)", base, exported.path("fileUrl").asText());
        say("  %s (%s)", target, Sizes.format(size));
    }

    private Path exportDir() throws IOException {
        return dataDir != null ? dataDir.resolve("exports") : Files.createTempDirectory("sluice-demo-");
    }

    /** The name the export job gave its file, kept to its last part, since it becomes a local path. */
    private static String fileName(String name) {
        Path last = name.isBlank() ? null : Path.of(name).getFileName();
        return last == null || last.toString().startsWith(".") ? "export.json" : last.toString();
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
