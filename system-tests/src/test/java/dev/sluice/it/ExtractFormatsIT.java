package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code file / extract} of files Sluice did not write: xlsx workbooks that LibreOffice made (see
 * {@code system-tests/fixtures/make-xlsx.sh}), a JSON dataset from an npm package, and NDJSON; and input
 * that must fail cleanly while other jobs go on.
 */
class ExtractFormatsIT {

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(3, 2);

    /** Reads the API's JSON keeping decimals as written, so {@code 1.50} is not {@code 1.5}. */
    private static final ObjectReader EXACT = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(JsonNodeFactory.withExactBigDecimals(true));
    private static final Duration WITHIN = Duration.ofSeconds(90);

    @Test
    void aLibreOfficeWorkbookBecomesAWorkbookWithEachSheetItsFieldsAndItsRecords() throws Exception {
        JsonNode job = extract(upload("workbook.xlsx", fixture("workbook.xlsx")), "{}");
        assertThat(job.at("/output/format").asText()).isEqualTo("xlsx");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(6);
        assertThat(job.get("errorCount").asLong()).as("the Notes row wider than its header").isEqualTo(1);

        JsonNode workbook = readyWorkbook(job.at("/output/workbookId").asText());
        String base = "sh_" + job.get("id").asText().substring("job_".length());
        assertThat(workbook.get("name").asText()).isEqualTo("workbook");
        assertThat(texts(workbook.get("sheets"), "id")).containsExactly(base, base + "_2", base + "_3", base + "_4");
        assertThat(texts(workbook.get("sheets"), "name")).containsExactly("Customers", "Orders", "Empty", "Notes");
        assertThat(texts(workbook.at("/sheets/0/fields"))).containsExactly("id", "name", "joined", "balance", "vip");
        assertThat(texts(workbook.at("/sheets/1/fields"))).containsExactly("order", "customer", "placed", "quantity", "price", "total");
        assertThat(texts(workbook.at("/sheets/2/fields"))).isEmpty();
        assertThat(texts(workbook.at("/sheets/3/fields"))).containsExactly("note");
        assertThat(texts(workbook.get("sheets"), "recordCount")).containsExactly("3", "2", "0", "1");

        // Cells as text: numbers in the digits LibreOffice stored, dates by their format as ISO-8601, the ODS
        // booleans as LibreOffice saved them (the numbers 1 and 0), empty cells null, a formula's saved value.
        assertThat(values(base, 3)).containsExactly(
                row("id", "1", "name", "Ann Lee", "joined", "2024-03-15", "balance", "1250.5", "vip", "1"),
                row("id", "2", "name", "Björn Ødegård", "joined", "1999-12-31", "balance", "-0.75", "vip", "0"),
                row("id", "3", "name", "=not a formula", "joined", null, "balance", "1000000", "vip", null));
        assertThat(values(base + "_2", 2)).containsExactly(
                row("order", "A-100", "customer", "1", "placed", "2024-03-16T09:30:00", "quantity", "3", "price", "19.99", "total", "59.97"),
                row("order", "A-101", "customer", "2", "placed", "2024-03-17T18:05:00", "quantity", "10", "price", "0.1", "total", "1"));
        JsonNode note = records(base + "_4", 1).get(0);
        assertThat(note.get("values").toString()).isEqualTo(
                "{\"note\":\"after a blank row\",\"column_2\":null,\"column_3\":null,\"column_4\":\"far right\"}");
        assertThat(note.get("valid").asBoolean()).isFalse();
        assertThat(note.at("/messages/0/message").asText()).isEqualTo("row 3 of sheet \"Notes\" has 4 values; the sheet has 1"
                + " fields; the extra values are kept as column_2, column_3, column_4");

        // Another job reads a later sheet of it.
        JsonNode export = CLUSTER.api().awaitStatus(CLUSTER.api().create("{\"type\":\"workbook\",\"operation\":\"export\",\"source\":\""
                + workbook.get("id").asText() + "\",\"config\":{\"format\":\"csv\",\"sheetId\":\"" + base + "_2\"}}").get("id").asText(),
                "completed", WITHIN);
        assertThat(new String(ExtractExportIT.download(CLUSTER.api(), export), StandardCharsets.UTF_8)).isEqualTo(
                "order,customer,placed,quantity,price,total\r\nA-100,1,2024-03-16T09:30:00,3,19.99,59.97\r\n"
                        + "A-101,2,2024-03-17T18:05:00,10,0.1,1\r\n");
    }

    @Test
    void aCsvThatLibreOfficeSavedAsXlsxKeepsItsRowsWithTheCellTypesLibreOfficeGaveThem() {
        JsonNode job = extract(upload("customers.xlsx", fixture("customers.xlsx")), "{\"headers\":true}");
        String sheetId = readyWorkbook(job.at("/output/workbookId").asText()).at("/sheets/0/id").asText();
        assertThat(values(sheetId, 4)).containsExactly(
                row("id", "1", "name", "Ann Lee", "email", "ann@example.org", "balance", "1250.5", "joined", "2024-03-15", "active", "true"),
                row("id", "2", "name", "Bob Stone", "email", "bob@example.org", "balance", "-20", "joined", "2023-11-02", "active", "false"),
                row("id", "3", "name", "Cy Jones, Jr.", "email", "cy@example.org", "balance", "0.125", "joined", "2022-01-31", "active", "true"),
                row("id", "4", "name", "Dee Park", "email", null, "balance", "1000000", "joined", "2021-07-04", "active", "false"));
    }

    @Test
    void theWorldCountriesDatasetBecomesOneSheetOfFlattenedRecordsWithEveryValueAsInTheFile() throws Exception {
        byte[] dataset = fixture("world-countries/countries.json");
        JsonNode job = extract(upload("countries.json", dataset), "{}");
        assertThat(job.at("/output/format").asText()).isEqualTo("json");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(5);
        assertThat(job.get("errorCount").asLong()).isZero();

        List<ObjectNode> expected = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode country : EXACT.readTree(dataset)) {
            ObjectNode flat = Json.MAPPER.createObjectNode();
            flatten("", country, flat);
            flat.fieldNames().forEachRemaining(fields::add);
            expected.add(flat);
        }
        JsonNode workbook = readyWorkbook(job.at("/output/workbookId").asText());
        assertThat(texts(workbook.at("/sheets/0/fields"))).containsExactlyElementsOf(fields);
        assertThat(texts(workbook.at("/sheets/0/fields"))).startsWith("name.common", "name.official", "name.native", "tld")
                .contains("name.native.gsw.official", "idd.root", "currencies.CHF.symbol", "demonyms.eng.f");
        List<JsonNode> actual = records(job.at("/output/sheetId").asText(), 5);
        assertThat(actual).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(actual.get(i).get("values")).as("record %d", i).isEqualTo(expected.get(i));
        }
        JsonNode monaco = actual.get(3).get("values");
        assertThat(monaco.get("area").decimalValue()).isEqualByComparingTo("2.02");
        assertThat(monaco.get("tld").asText()).isEqualTo("[\".mc\"]");
        assertThat(actual.get(0).get("values").get("name.native").isNull()).as("Antarctica's empty native names").isTrue();
    }

    @Test
    void ndjsonWithNestedObjectsBecomesDottedFieldsExactNumbersAndItsBadLineAnInvalidRecord() throws Exception {
        JsonNode job = extract(upload("orders.ndjson", fixture("orders.ndjson")), "{}");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(5);
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        JsonNode workbook = readyWorkbook(job.at("/output/workbookId").asText());
        assertThat(texts(workbook.at("/sheets/0/fields"))).containsExactly("order", "customer.name", "customer.address.city",
                "customer.address.zip", "total", "paid", "items", "note", "coupon", "customer.address.geo.lat", "customer.address.geo.lng");

        List<JsonNode> records = records(job.at("/output/sheetId").asText(), 5);
        assertThat(records.get(0).get("values").toString()).isEqualTo("{\"order\":\"A-100\",\"customer.name\":\"Ann Lee\","
                + "\"customer.address.city\":\"Oslo\",\"customer.address.zip\":\"0150\",\"total\":59.97,\"paid\":true,"
                + "\"items\":\"[{\\\"sku\\\":\\\"X1\\\",\\\"qty\\\":3}]\"}");
        assertThat(records.get(1).get("values").toString()).isEqualTo("{\"order\":\"A-101\",\"customer.name\":\"Björn Ødegård\","
                + "\"customer.address.city\":\"Bergen\",\"total\":1.50,\"paid\":false,\"items\":\"[]\"}");
        assertThat(records.get(2).get("values").toString()).isEqualTo("{\"order\":\"A-102\",\"customer.name\":\"Cy Jones\","
                + "\"total\":12,\"note\":\"first order with a note\",\"coupon\":null}");
        assertThat(records.get(3).get("values").size()).isZero();
        assertThat(records.get(3).get("valid").asBoolean()).isFalse();
        int at = new String(fixture("orders.ndjson"), StandardCharsets.UTF_8).indexOf("[\"not\"");
        assertThat(records.get(3).at("/messages/0/message").asText()).isEqualTo("row 4 (byte "
                + new String(fixture("orders.ndjson"), StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length
                + "): not an object but an array");
        assertThat(records.get(4).at("/values/customer.address.geo.lat").decimalValue()).isEqualTo("69.6496");
        assertThat(records.get(4).at("/values/total").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void aLargeNdjsonFileIsReadInParallelRangesAndItsFieldsAreTheUnionInFileOrder() throws Exception {
        StringBuilder text = new StringBuilder();
        int rows = 30_000;
        for (int i = 0; i < rows; i++) {
            text.append("{\"id\":").append(i).append(",\"who\":{\"name\":\"person ").append(i).append("\"}");
            text.append(i == rows - 1 ? ",\"late\":true" : "").append(i == 1 ? ",\"early\":1.0" : "").append("}\n");
        }
        JsonNode job = extract(upload("people.ndjson", text.toString().getBytes(StandardCharsets.UTF_8)), "{\"batchSize\":5000}");
        assertThat(job.get("recordsProcessed").asLong()).isEqualTo(rows);
        assertThat(job.at("/batches/total").asInt()).isGreaterThan(1);
        JsonNode workbook = readyWorkbook(job.at("/output/workbookId").asText());
        assertThat(texts(workbook.at("/sheets/0/fields"))).containsExactly("id", "who.name", "early", "late");
        assertThat(workbook.at("/sheets/0/recordCount").asLong()).isEqualTo(rows);
        // The records view follows the records topic, which may still be folding the last rows in.
        String sheetId = job.at("/output/sheetId").asText();
        String page = "/api/v1/sheets/" + sheetId + "/records?limit=1&cursor="
                + java.net.URLEncoder.encode(sheetId + "/" + String.format("%012d", rows - 2), StandardCharsets.UTF_8);
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                (last[0] = CLUSTER.api().get(page).body().at("/items/0")).isObject());
        assertThat(last[0].get("row").asLong()).isEqualTo(rows - 1);
        assertThat(last[0].get("values").toString()).isEqualTo("{\"id\":29999,\"who.name\":\"person 29999\",\"late\":true}");
    }

    @Test
    void aZipBombAndAFileThatIsNotJsonFailCleanlyWhileAnotherJobCompletes() throws Exception {
        Api api = CLUSTER.api();
        String bomb = api.create(extractBody(upload("bomb.xlsx", fixture("zip-bomb.xlsx")), "{}")).get("id").asText();
        String broken = "[{\"a\": 1},\n {\"a\": 2,, \"b\": 3}]\n";
        String notJson = api.create(extractBody(upload("broken.json", broken.getBytes(StandardCharsets.UTF_8)), "{}")).get("id").asText();
        String good = api.create(extractBody(upload("fine.json", "[{\"a\": 1}]".getBytes(StandardCharsets.UTF_8)), "{}")).get("id").asText();

        JsonNode bombed = api.awaitStatus(bomb, "failed", WITHIN);
        assertThat(bombed.get("error").asText()).contains("(bomb.xlsx) cannot be extracted: refused as a possible zip bomb: part"
                + " xl/worksheets/sheet1.xml unpacks to").contains("more than the limit of 100");
        JsonNode refused = api.awaitStatus(notJson, "failed", WITHIN);
        assertThat(refused.get("error").asText()).contains("(broken.json) cannot be extracted: row 2 (byte " + (broken.indexOf(",,") + 1)
                + "): not JSON: Unexpected character (','");
        assertThat(api.awaitStatus(good, "completed", WITHIN).get("recordsProcessed").asLong()).isEqualTo(1);
    }

    @Test
    void aFormatTheContentIsNotOrACsvOptionForAnotherFormatIsA400NamingTheField() {
        String xlsx = upload("customers.xlsx", fixture("customers.xlsx"));
        String json = upload("orders.ndjson", fixture("orders.ndjson"));
        for (String[] bad : new String[][] {{xlsx, "{\"format\":\"csv\"}", "config.format", "is xlsx by its content"},
                {json, "{\"format\":\"xlsx\"}", "config.format", "is json (ndjson) by its content"},
                {xlsx, "{\"delimiter\":\";\"}", "config.delimiter", "applies to csv files only"},
                {json, "{\"headers\":false}", "config.headers", "applies to csv and xlsx files only"}}) {
            Api.Response response = CLUSTER.api().post("/api/v1/jobs", extractBody(bad[0], bad[1]));
            assertThat(response.status()).as(bad[1]).isEqualTo(400);
            assertThat(response.body().at("/error/field").asText()).isEqualTo(bad[2]);
            assertThat(response.body().at("/error/message").asText()).contains(bad[3]);
        }
    }

    private static String upload(String name, byte[] bytes) {
        Api.Response response = CLUSTER.api().postBytes("/api/v1/files?name=" + name, "application/octet-stream", bytes);
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private static String extractBody(String fileId, String config) {
        return "{\"type\":\"file\",\"operation\":\"extract\",\"source\":\"" + fileId + "\",\"config\":" + config + "}";
    }

    private static JsonNode extract(String fileId, String config) {
        String id = CLUSTER.api().create(extractBody(fileId, config)).get("id").asText();
        return CLUSTER.api().awaitStatus(id, "completed", WITHIN);
    }

    /** The workbook view follows its own topic, a moment behind the job's events. */
    private static JsonNode readyWorkbook(String id) {
        JsonNode[] seen = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "ready".equals((seen[0] = CLUSTER.api().get("/api/v1/workbooks/" + id).body()).path("status").asText()));
        return seen[0];
    }

    /** The sheet's first page of records, once the records view (which follows the records topic) holds {@code count}. */
    private static List<JsonNode> records(String sheetId, int count) {
        List<JsonNode> all = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            all.clear();
            EXACT.readTree(CLUSTER.api().bytes("/api/v1/sheets/" + sheetId + "/records?limit=1000")).get("items").forEach(all::add);
            return all.size() == count;
        });
        return all;
    }

    private static List<Map<String, String>> values(String sheetId, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode record : records(sheetId, count)) {
            assertThat(record.get("valid").asBoolean()).as(record.toString()).isTrue();
            Map<String, String> values = new java.util.LinkedHashMap<>();
            record.get("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            rows.add(values);
        }
        return rows;
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    /** The documented flattening, written out again as the test's own oracle: objects to dotted names, arrays to JSON text. */
    private static void flatten(String prefix, JsonNode node, ObjectNode into) throws IOException {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject() && value.size() > 0) {
                flatten(name + ".", value, into);
            } else if (value.isObject()) {
                into.putNull(name);
            } else if (value.isArray()) {
                into.put(name, Json.MAPPER.writeValueAsString(value));
            } else {
                into.set(name, value);
            }
        }
    }

    private static byte[] fixture(String name) {
        try (InputStream in = ExtractFormatsIT.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
