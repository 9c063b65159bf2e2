package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.enrich.EnrichmentServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job guide's enrich-data job on a real extract, against a local HTTP service that throttles,
 * fails now and then and for good, and refuses; and the lookup enrichment joining a reference sheet.
 */
class EnrichIT {

    private static final PeopleService SERVICE = startService();

    @RegisterExtension
    static final SharedCluster CLUSTER = new SharedCluster(3, 2);

    private static final String PEOPLE = "name,email\n"
            + "Ada,ada@x.test\nThrottle,throttle@x.test\nAlan,alan@x.test\n"
            + "Grace,grace@x.test\nFlaky,flaky@x.test\nUnknown,unknown@x.test\n"
            + "Poison,poison@x.test\nLinus,linus@x.test\nBarbara,barbara@x.test\n"
            + "Reject,reject@x.test\nKen,ken@x.test\nDennis,dennis@x.test\n"
            + "Margaret,margaret@x.test\nBlank,\nJohn,john@x.test\n";

    /** Starts the service and names a services file for it before the cluster (and so its planner and handlers) starts. */
    private static PeopleService startService() {
        try {
            PeopleService service = PeopleService.start();
            Path dir = Files.createTempDirectory("sluice-enrich-it");
            Path secret = Files.writeString(dir.resolve("token"), PeopleService.TOKEN + "\n");
            Path file = Files.writeString(dir.resolve("services.json"), "{\"services\":{\"it-people\":{"
                    + "\"url\":\"" + service.url() + "\",\"authHeader\":\"Authorization\",\"authScheme\":\"Bearer\","
                    + "\"secretFile\":\"" + secret + "\",\"keyFields\":[\"email\"],"
                    + "\"responseFields\":{\"company\":\"/company/name\",\"jobTitle\":\"title\",\"industry\":\"industry\"},"
                    + "\"maxBatch\":5,\"ratePerSecond\":50,\"retries\":2,\"backoffMs\":50,\"timeoutMs\":5000}}}");
            System.setProperty(EnrichmentServices.SETTING, file.toString());
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopService() {
        System.clearProperty(EnrichmentServices.SETTING);
        SERVICE.close();
    }

    private static String extract(String name, String csv) {
        Api api = CLUSTER.api();
        String fileId = api.postBytes("/api/v1/files?name=" + name, "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .body().get("id").asText();
        JsonNode extract = api.awaitStatus(api.create("{\"type\":\"file\",\"operation\":\"extract\",\"source\":\""
                + fileId + "\"}").get("id").asText(), "completed", Duration.ofSeconds(60));
        return extract.at("/output/workbookId").asText();
    }

    private static List<JsonNode> records(JsonNode job) {
        List<JsonNode> items = new ArrayList<>();
        CLUSTER.api().get("/api/v1/sheets/" + job.at("/output/sheetId").asText() + "/records?limit=100").body()
                .get("items").forEach(items::add);
        return items;
    }

    private static String messages(JsonNode record) {
        List<String> texts = new ArrayList<>();
        record.get("messages").forEach(m -> texts.add(m.get("level").asText() + ": " + m.get("message").asText()));
        return String.join("; ", texts);
    }

    @Test
    void theGuidesEnrichmentFillsWhatTheServiceKnowsRetriesWhatItCanAndKeepsEveryRecord() {
        String workbookId = extract("people.csv", PEOPLE);
        Api api = CLUSTER.api();

        String id = api.create("{\"type\":\"custom\",\"operation\":\"enrich-data\",\"source\":\"" + workbookId
                + "\",\"config\":{\"enrichmentService\":\"it-people\",\"fields\":[\"company\",\"jobTitle\",\"industry\"],"
                + "\"batchSize\":3}}").get("id").asText();
        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(90));

        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(15);
        assertThat(done.get("errorCount").asLong()).isEqualTo(6);
        List<JsonNode> records = records(done);
        assertThat(records).hasSize(15);
        assertThat(records.get(0).get("values").toString()).isEqualTo("{\"name\":\"Ada\",\"email\":\"ada@x.test\","
                + "\"company\":\"Ada Corp\",\"jobTitle\":\"Head of ada\",\"industry\":\"Industry of ada\"}");
        Map<String, String> companies = new TreeMap<>();
        Map<String, String> notes = new TreeMap<>();
        for (JsonNode record : records) {
            String name = record.at("/values/name").asText();
            companies.put(name, record.at("/values/company").isNull() ? "-" : record.at("/values/company").asText()
                    + " / " + record.at("/values/jobTitle").asText() + " / " + record.at("/values/industry").asText());
            notes.put(name, messages(record));
        }
        for (String enriched : List.of("Ada", "Throttle", "Alan", "Grace", "Flaky", "Margaret", "John")) {
            String user = enriched.toLowerCase();
            assertThat(companies.get(enriched)).isEqualTo(enriched + " Corp / Head of " + user + " / Industry of " + user);
            assertThat(notes.get(enriched)).isEmpty();
        }
        for (String unenriched : List.of("Unknown", "Blank", "Poison", "Linus", "Barbara", "Reject", "Ken", "Dennis")) {
            assertThat(companies.get(unenriched)).as(unenriched).isEqualTo("-");
        }
        assertThat(notes.get("Unknown")).isEqualTo("warning: it-people has no data for this record");
        assertThat(notes.get("Blank")).isEqualTo("warning: no email to look up in it-people");
        String failedForGood = "error: it-people failed after 3 attempts; last: HTTP 500: {\"error\":\"internal\"}";
        String refused = "error: it-people refused the call: HTTP 422: {\"error\":\"invalid email\"}";
        assertThat(List.of(notes.get("Poison"), notes.get("Linus"), notes.get("Barbara")))
                .containsOnly(failedForGood);
        assertThat(List.of(notes.get("Reject"), notes.get("Ken"), notes.get("Dennis"))).containsOnly(refused);

        System.err.println("DEBUGJOB " + done + " LOG " + new String(api.bytes("/api/v1/jobs/" + id + "/artifacts/job.log"), StandardCharsets.UTF_8));
        // A task may be delivered twice (a worker group rebalancing hands it to another worker, whose late run is
        // fenced), so the service may see a run's calls again: the exact counts are the reported run's, in the job log.
        assertThat(SERVICE.callSizes()).as("calls of at most batchSize records").hasSizeGreaterThanOrEqualTo(9)
                .allMatch(size -> size <= 3);
        assertThat(SERVICE.attemptsFor("throttle@x.test")).isGreaterThanOrEqualTo(2);
        assertThat(SERVICE.attemptsFor("poison@x.test")).isGreaterThanOrEqualTo(3);
        assertThat(SERVICE.attemptsFor("reject@x.test") * 3).as("a 422 is not retried: one attempt per run of the batch")
                .isLessThanOrEqualTo(SERVICE.attemptsFor("poison@x.test"));

        JsonNode failed = api.get("/api/v1/jobs/" + id + "/failed-records?limit=100").body().get("items");
        List<String> failedNames = new ArrayList<>();
        failed.forEach(record -> {
            failedNames.add(record.at("/values/name").asText());
            assertThat(record.at("/messages/0/code").asText()).isEqualTo("enrichment_failed");
        });
        assertThat(failedNames).containsExactlyInAnyOrder("Poison", "Linus", "Barbara", "Reject", "Ken", "Dennis");
        String log = new String(api.bytes("/api/v1/jobs/" + id + "/artifacts/job.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("it-people: 3 of 5 calls sent again (4 retries); 2 failed, their records unenriched");
        assertThat(log).doesNotContain(PeopleService.TOKEN);
    }

    @Test
    void aLookupJoinsTheRecordsOntoAReferenceSheetByKey() {
        String people = extract("people.csv", PEOPLE);
        String reference = extract("tiers.csv", "contactEmail,tier,region\nada@x.test,gold,EU\ngrace@x.test,silver,US\n"
                + "ada@x.test,tin,XX\nalan@x.test,bronze,UK\n");
        Api api = CLUSTER.api();

        String id = api.create("{\"type\":\"custom\",\"operation\":\"enrich-data\",\"source\":\"" + people
                + "\",\"config\":{\"enrichmentService\":\"lookup\",\"fields\":[\"tier\",\"region\"],"
                + "\"lookup\":{\"workbookId\":\"" + reference + "\",\"key\":\"contactEmail\",\"on\":\"email\"}}}")
                .get("id").asText();
        JsonNode done = api.awaitStatus(id, "completed", Duration.ofSeconds(90));

        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(15);
        assertThat(done.get("errorCount").asLong()).isZero();
        List<JsonNode> records = records(done);
        assertThat(records).hasSize(15);
        assertThat(records.get(0).get("values").toString())
                .isEqualTo("{\"name\":\"Ada\",\"email\":\"ada@x.test\",\"tier\":\"gold\",\"region\":\"EU\"}");
        assertThat(records.get(2).get("values").toString())
                .isEqualTo("{\"name\":\"Alan\",\"email\":\"alan@x.test\",\"tier\":\"bronze\",\"region\":\"UK\"}");
        assertThat(records.get(3).get("values").toString())
                .isEqualTo("{\"name\":\"Grace\",\"email\":\"grace@x.test\",\"tier\":\"silver\",\"region\":\"US\"}");
        String referenceSheet = api.get("/api/v1/workbooks/" + reference).body().at("/sheets/0/id").asText();
        assertThat(messages(records.get(1))).isEqualTo("warning: no row of sheet " + referenceSheet
                + " has contactEmail 'throttle@x.test'");
        assertThat(messages(records.get(13))).isEqualTo("warning: email is blank; nothing to look up");
        assertThat(records.stream().filter(r -> r.at("/values/tier").isNull())).hasSize(12);
    }

    @Test
    void aJobThatNamesWhatNoServiceGivesIsRefusedByField() {
        String workbookId = extract("people.csv", PEOPLE);
        Api api = CLUSTER.api();
        String prefix = "{\"type\":\"custom\",\"operation\":\"enrich-data\",\"source\":\"" + workbookId + "\",\"config\":";

        Api.Response unknown = api.post("/api/v1/jobs", prefix + "{\"enrichmentService\":\"clearbit\",\"fields\":[\"company\"]}}");
        Api.Response field = api.post("/api/v1/jobs", prefix + "{\"enrichmentService\":\"it-people\",\"fields\":[\"company\",\"salary\"]}}");
        Api.Response tooMany = api.post("/api/v1/jobs", prefix + "{\"enrichmentService\":\"it-people\",\"fields\":[\"company\"],"
                + "\"batchSize\":6}}");
        Api.Response badKey = api.post("/api/v1/jobs", prefix + "{\"enrichmentService\":\"lookup\",\"fields\":[\"name\"],"
                + "\"lookup\":{\"workbookId\":\"" + workbookId + "\",\"key\":\"mail\"}}}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/error/field").asText()).isEqualTo("config.enrichmentService");
        assertThat(unknown.body().at("/error/message").asText()).contains("configured: [it-people, lookup]");
        assertThat(field.body().at("/error/field").asText()).isEqualTo("config.fields[1]");
        assertThat(tooMany.body().at("/error/field").asText()).isEqualTo("config.batchSize");
        assertThat(tooMany.body().at("/error/message").asText()).contains("takes at most 5 records per call");
        assertThat(badKey.body().at("/error/field").asText()).isEqualTo("config.lookup.key");
    }
}
