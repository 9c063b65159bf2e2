package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.formats.csv.CsvFormat;
import dev.sluice.formats.csv.CsvItem;
import dev.sluice.formats.csv.CsvRangeParser;
import dev.sluice.formats.csv.CsvRow;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Upload a CSV, extract it into a sheet across the workers, page its records, export it. */
class ExtractExportIT {

    @RegisterExtension
    static final SharedCluster shared = new SharedCluster(3, 2);

    @Test
    void aCsvRoundTripsThroughExtractAndExportWithEveryValueInOrder() throws Exception {
        SampleCsv csv = new SampleCsv(20_000);
        JsonNode extracted = extract(upload("customers.csv", csv.bytes), "\"delimiter\":\",\",\"encoding\":\"utf-8\",\"headers\":true,\"batchSize\":2000");
        assertThat(extracted.get("recordsProcessed").asLong()).isEqualTo(20_000);
        assertThat(extracted.get("errorCount").asLong()).isZero();
        String workbookId = extracted.at("/output/workbookId").asText();
        String sheetId = extracted.at("/output/sheetId").asText();

        // The workbook view follows the workbooks topic, a moment behind the job's own events.
        JsonNode[] seen = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                "ready".equals((seen[0] = shared.api().get("/api/v1/workbooks/" + workbookId).body()).path("status").asText()));
        JsonNode workbook = seen[0];
        assertThat(workbook.at("/sheets/0/fields")).extracting(JsonNode::asText).containsExactlyElementsOf(SampleCsv.FIELDS);
        assertThat(workbook.at("/sheets/0/recordCount").asLong()).isEqualTo(20_000);
        assertThat(pageAll(sheetId)).isEqualTo(csv.rows);

        JsonNode json = export(workbookId, "json", false);
        byte[] jsonBytes = download(json);
        List<List<String>> exported = new ArrayList<>();
        for (JsonNode object : Json.tree(jsonBytes)) {
            exported.add(SampleCsv.FIELDS.stream().map(f -> object.get(f).asText()).toList());
        }
        assertThat(exported).isEqualTo(csv.rows);
        assertThat(new String(jsonBytes, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(asJsonArray(csv.rows));
        assertWrittenInPartsThatCheckOut(json, jsonBytes);

        JsonNode xlsxJob = export(workbookId, "xlsx", false);
        java.nio.file.Path xlsx = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(xlsx, download(xlsxJob));
        try (var book = dev.sluice.formats.xlsx.XlsxWorkbook.open(xlsx);
             var sheet = book.read(book.sheets().get(0), true)) {
            assertThat(sheet.fields()).containsExactlyElementsOf(SampleCsv.FIELDS);
            List<List<String>> rows = new java.util.ArrayList<>();
            for (var row = sheet.next(); row != null; row = sheet.next()) {
                rows.add(row.values().stream().map(v -> v == null ? "" : v.toString()).toList());
            }
            assertThat(rows).isEqualTo(csv.rows);
        } finally {
            java.nio.file.Files.deleteIfExists(xlsx);
        }

        JsonNode csvJob = export(workbookId, "csv", false);
        byte[] exportedCsv = download(csvJob);
        assertThat(parse(exportedCsv)).as(new String(exportedCsv, 0, Math.min(300, exportedCsv.length))).isEqualTo(csv.rows);
        assertThat(new String(exportedCsv, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith(String.join(",", SampleCsv.FIELDS) + "\r\n").containsOnlyOnce(String.join(",", SampleCsv.FIELDS));
        assertWrittenInPartsThatCheckOut(csvJob, exportedCsv);
    }

    /** The export ran as several batches, and its file's checksum is the one of its parts, each part's of its bytes. */
    private static void assertWrittenInPartsThatCheckOut(JsonNode exportJob, byte[] content) throws Exception {
        assertThat(exportJob.at("/output/fileParts").asInt()).isGreaterThan(1);
        JsonNode file = shared.api().get("/api/v1/files/" + exportJob.at("/output/fileId").asText()).body();
        assertThat(file.get("size").asLong()).isEqualTo(content.length);
        assertThat(file.get("checksumAlgorithm").asText()).isEqualTo("sha-256-of-parts");
        java.security.MessageDigest ofParts = java.security.MessageDigest.getInstance("SHA-256");
        int at = 0;
        for (JsonNode part : file.get("parts")) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.util.Arrays.copyOfRange(content, at, at + part.get("size").asInt()));
            assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(part.get("checksum").asText());
            ofParts.update(digest);
            at += part.get("size").asInt();
        }
        assertThat(at).isEqualTo(content.length);
        assertThat(java.util.HexFormat.of().formatHex(ofParts.digest())).isEqualTo(file.get("checksum").asText());
    }

    /** The rows as the export writes them: an array of objects, fields in order, no spaces. */
    private static String asJsonArray(List<List<String>> rows) {
        List<java.util.Map<String, String>> objects = new ArrayList<>();
        for (List<String> row : rows) {
            java.util.Map<String, String> object = new java.util.LinkedHashMap<>();
            for (int i = 0; i < SampleCsv.FIELDS.size(); i++) {
                object.put(SampleCsv.FIELDS.get(i), row.get(i));
            }
            objects.add(object);
        }
        return Json.text(objects);
    }

    @Test
    void raggedRowsAreKeptAndCountedAsErrors() throws Exception {
        byte[] file = "a,b,c\n1,2,3\n4,5\n6,7,8\n".getBytes();
        JsonNode job = extract(upload("ragged.csv", file), "\"batchSize\":10");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(3);
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        JsonNode records = shared.api().get("/api/v1/sheets/" + job.at("/output/sheetId").asText() + "/records").body().get("items");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get("valid").asBoolean()).isFalse();
        assertThat(records.get(1).at("/messages/0/message").asText()).contains("2 values");
        JsonNode failed = shared.api().get("/api/v1/jobs/" + job.get("id").asText() + "/failed-records").body().get("items");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("id").asText()).isEqualTo(records.get(1).get("id").asText());
        assertThat(failed.get(0).at("/messages/0/code").asText()).isEqualTo("invalid_row");
        assertThat(failed.get(0).get("values").toString()).contains("\"4\"").contains("\"5\"");

        JsonNode filtered = shared.api().awaitStatus(shared.api().create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + job.at("/output/workbookId").asText() + "\",\"config\":{\"format\":\"json\",\"filterInvalidRecords\":true}}")
                .get("id").asText(), "completed", Duration.ofSeconds(60));
        assertThat(Json.tree(download(filtered))).hasSize(2);
    }

    @Test
    void aBinaryFileFailsItsExtractWithTheOffsetAndOtherJobsGoOn() throws Exception {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String fileId = upload("photo.csv", binary);
        String id = shared.api().create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"" + fileId + "\"}").get("id").asText();
        JsonNode failed = shared.api().awaitStatus(id, "failed", Duration.ofSeconds(60));
        assertThat(failed.get("error").asText()).contains("byte").contains("CSV");

        JsonNode good = extract(upload("ok.csv", "x\n1\n".getBytes()), "\"batchSize\":10");
        assertThat(good.get("recordsProcessed").asLong()).isEqualTo(1);
    }

    @Test
    void badCsvOptionsAreA400NamingTheField() throws Exception {
        String fileId = upload("tiny.csv", "x\n1\n".getBytes());
        for (String[] bad : new String[][] {{"\"encoding\":\"klingon\"", "config.encoding"},
                {"\"delimiter\":\"::\"", "config.delimiter"}, {"\"colour\":\"red\"", "config.colour"}}) {
            Api.Response response = shared.api().post("/api/v1/jobs", "{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                    + fileId + "\",\"config\":{" + bad[0] + "}}");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().at("/error/field").asText()).isEqualTo(bad[1]);
        }
        Api.Response missing = shared.api().post("/api/v1/jobs", "{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"file_nope\"}");
        assertThat(missing.body().at("/error/field").asText()).isEqualTo("source");
    }

    static String upload(String name, byte[] bytes) {
        Api.Response response = shared.api().postBytes("/api/v1/files?name=" + name, "text/csv", bytes);
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    static JsonNode extract(String fileId, String config) {
        String id = shared.api().create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"" + fileId
                + "\",\"config\":{" + config + "}}").get("id").asText();
        return shared.api().awaitStatus(id, "completed", Duration.ofSeconds(120));
    }

    private static JsonNode export(String workbookId, String format, boolean metadata) {
        String id = shared.api().create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\"" + workbookId
                + "\",\"config\":{\"format\":\"" + format + "\",\"includeMetadata\":" + metadata + "}}").get("id").asText();
        return shared.api().awaitStatus(id, "completed", Duration.ofSeconds(120));
    }

    static byte[] download(JsonNode exportJob) throws Exception {
        return download(shared.api(), exportJob);
    }

    static byte[] download(Api api, JsonNode exportJob) throws Exception {
        JsonNode result = api.get("/api/v1/jobs/" + exportJob.get("id").asText() + "/result").body();
        var response = api.open(result.get("fileUrl").asText());
        try (InputStream in = response.body()) {
            byte[] bytes = in.readAllBytes();
            assertThat(response.statusCode()).as("GET %s: %s", result.get("fileUrl").asText(), new String(bytes)).isEqualTo(200);
            return bytes;
        }
    }

    static List<List<String>> pageAll(String sheetId) {
        List<List<String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = shared.api().get("/api/v1/sheets/" + sheetId + "/records?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8))).body();
            for (JsonNode record : page.get("items")) {
                assertThat(record.get("row").asLong()).isEqualTo(rows.size());
                rows.add(SampleCsv.FIELDS.stream().map(f -> record.at("/values/" + f).asText()).toList());
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return rows;
    }

    private static List<List<String>> parse(byte[] csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRangeParser parser = CsvRangeParser.wholeFile(new ByteArrayInputStream(csv), CsvFormat.DEFAULT)) {
            for (CsvItem item = parser.next(); item != null; item = parser.next()) {
                if (item instanceof CsvRow row) {
                    rows.add(row.values());
                }
            }
        }
        return rows;
    }
}
