package dev.sluice.deploy.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;

/** The create bodies of the jobs that {@code sluice demo} runs on its CSV file. */
public final class ImportJobs {

    private ImportJobs() {
    }

    /** {@code file / extract}: a comma-separated UTF-8 file with a header row into a new workbook of one sheet. */
    public static ObjectNode extract(String fileId) {
        ObjectNode job = job("file", "extract", fileId);
        job.putObject("config")
                .put("delimiter", ",")
                .put("encoding", "utf-8")
                .put("headers", true)
                .put("skipRows", 0);
        return job;
    }

    /** {@code workbook / export}: the workbook's first sheet as a JSON array of its valid records, without metadata. */
    public static ObjectNode exportJson(String workbookId) {
        ObjectNode job = job("workbook", "export", workbookId);
        job.putObject("config")
                .put("format", "json")
                .put("includeMetadata", false)
                .put("filterInvalidRecords", true);
        return job;
    }

    private static ObjectNode job(String type, String operation, String source) {
        ObjectNode job = Json.MAPPER.createObjectNode();
        job.put("type", type);
        job.put("operation", operation);
        job.put("source", source);
        return job;
    }
}
