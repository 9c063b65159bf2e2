package dev.sluice.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.spi.HandlerRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code file / validate} with the job guide's config against a real ClamAV daemon that the test
 * starts with two signatures of its own making: the EICAR test file's, and one for a marker text.
 */
class FileValidateIT {

    private static final String GUIDE_CONFIG = "{\"maxFileSize\":\"50MB\",\"allowedTypes\":[\"csv\",\"xlsx\",\"json\"],"
            + "\"scanForViruses\":true}";
    private static final String WORKER = "scanning-worker";
    private static final String NOT_RETRIED = " (it cannot succeed on a retry, so it was not retried)";
    /** The EICAR anti-virus test file, put together here so that this source file is no test file itself. */
    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String MARKER = "SLUICE-TEST-MARKER-7f3a";
    private static final byte[] CLEAN_CSV = "id,name,email\n1,Ada Lovelace,ada@example.com\n2,Grace Hopper,grace@example.com\n"
            .getBytes(StandardCharsets.UTF_8);

    private static ScanningCluster cluster;
    private static Api api;

    @BeforeAll
    static void startClamdAndACluster() throws Exception {
        cluster = ScanningCluster.start(Map.of(
                "eicar.hdb", HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(EICAR)) + ":" + EICAR.length
                        + ":Eicar-Test-Signature\n",
                "sluice.ndb", "Sluice.Test.Marker:0:*:" + HexFormat.of().formatHex(MARKER.getBytes(StandardCharsets.US_ASCII))
                        + "\n"), 2, List.of(WORKER));
        api = cluster.api();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aCleanCsvPassesTheGuidesChecksWithItsVerdictAsTheResult() {
        String fileId = upload(api, "customers.csv", CLEAN_CSV);

        JsonNode job = validate(api, fileId, GUIDE_CONFIG);

        assertThat(job.get("status").asText()).as(job.path("error").asText()).isEqualTo("completed");
        String verdict = "{\"fileId\":\"" + fileId + "\",\"size\":" + CLEAN_CSV.length
                + ",\"detectedType\":\"csv\",\"scanned\":true,\"virus\":null}";
        assertThat(job.get("output").toString()).isEqualTo(verdict);
        JsonNode result = api.get("/api/v1/jobs/" + job.get("id").asText() + "/result").body();
        assertThat(result.get("data").toString()).isEqualTo(verdict);
        assertThat(result.get("error").isNull()).isTrue();
    }

    @Test
    void theEicarTestFileFailsNamingItsSignature() {
        JsonNode job = validate(api, upload(api, "eicar.csv", EICAR), GUIDE_CONFIG);

        assertFailed(job, "invalid_input", "virus found: Eicar-Test-Signature.UNOFFICIAL; content is not one of csv, "
                + "xlsx, json: it is text, but no delimiter (, ; tab |) gives its first lines a consistent number of fields");
    }

    @Test
    void aSignatureOfTheTestsOwnIsFoundInsideAValidCsv() {
        byte[] csv = ("id,note\n1,hello\n2," + MARKER + "\n3,bye\n").getBytes(StandardCharsets.US_ASCII);

        JsonNode job = validate(api, upload(api, "notes.csv", csv), GUIDE_CONFIG);

        assertFailed(job, "invalid_input", "virus found: Sluice.Test.Marker.UNOFFICIAL");
    }

    @Test
    void aCsvThatIsReallyAnExecutableFails() {
        JsonNode job = validate(api, upload(api, "customers.csv", elf()), GUIDE_CONFIG);

        assertFailed(job, "invalid_input",
                "content is not one of csv, xlsx, json: it is an ELF executable, not csv, json or xlsx");
    }

    @Test
    void aFileOverMaxFileSizeFails() {
        byte[] csv = ("id,text\n1," + "x".repeat(2989) + "\n").getBytes(StandardCharsets.US_ASCII);

        JsonNode job = validate(api, upload(api, "long.csv", csv), "{\"maxFileSize\":\"1KB\",\"scanForViruses\":true}");

        assertFailed(job, "invalid_input", "file is 2.9 KB (3000 bytes), over maxFileSize 1 KB (1024 bytes)");
    }

    @Test
    void anUnknownTypeIsA400NamingItsIndex() {
        String fileId = upload(api, "customers.csv", CLEAN_CSV);

        Api.Response response = api.post("/api/v1/jobs", "{\"type\":\"file\",\"operation\":\"validate\",\"source\":\""
                + fileId + "\",\"config\":{\"allowedTypes\":[\"csv\",\"exe\"]}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().at("/error/field").asText()).isEqualTo("config.allowedTypes[1]");
        assertThat(response.body().at("/error/message").asText())
                .isEqualTo("config.allowedTypes[1]: 'exe' is not a type Sluice can tell by content; use one of [csv, json, xlsx]");
    }

    @Test
    void theClusterRunsOtherJobsAfterRejectingAFile() {
        assertFailed(validate(api, upload(api, "customers.csv", elf()), GUIDE_CONFIG), "invalid_input",
                "content is not one of csv, xlsx, json: it is an ELF executable, not csv, json or xlsx");

        JsonNode json = validate(api, upload(api, "rows.json", "[{\"id\":1},{\"id\":2}]".getBytes(StandardCharsets.UTF_8)),
                "{\"allowedTypes\":[\"json\"]}");
        assertThat(json.get("status").asText()).as(json.path("error").asText()).isEqualTo("completed");
        assertThat(json.at("/output/detectedType").asText()).isEqualTo("json");
        assertThat(json.at("/output/scanned").asBoolean()).isFalse();

        String synthetic = api.create("{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":500}}")
                .get("id").asText();
        JsonNode done = api.awaitStatus(synthetic, "completed", Duration.ofSeconds(60));
        assertThat(done.get("recordsProcessed").asLong()).isEqualTo(500);
    }

    @Test
    void aScanAskedOfWorkersWithoutAScannerFailsNamingTheSetting() throws Exception {
        try (Cluster plain = Cluster.start(1)) {
            plain.startWorker(s -> s.withWorkerId("plain-worker"), HandlerRegistry.discover(getClass().getClassLoader()));
            Api plainApi = plain.api();

            JsonNode job = validate(plainApi, upload(plainApi, "customers.csv", CLEAN_CSV), GUIDE_CONFIG);

            assertThat(job.get("status").asText()).isEqualTo("failed");
            assertThat(job.get("errorCode").asText()).isEqualTo("batch_failed");
            assertThat(job.get("error").asText()).isEqualTo("batch 0 of stage validate failed on worker plain-worker: "
                    + "config.scanForViruses is true, but this worker has no virus scanner: set sluice.clamd.address (a "
                    + "JVM system property, or the environment variable SLUICE_CLAMD_ADDRESS) to the host:port of a "
                    + "clamd daemon" + NOT_RETRIED);
        }
    }

    private static void assertFailed(JsonNode job, String code, String reason) {
        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("errorCode").asText()).isEqualTo(code);
        assertThat(job.get("error").asText())
                .isEqualTo("batch 0 of stage validate failed on worker " + WORKER + ": " + reason + NOT_RETRIED);
    }

    /** Creates a validate job of {@code fileId} and waits until it has ended. */
    private static JsonNode validate(Api on, String fileId, String config) {
        String id = on.create("{\"type\":\"file\",\"operation\":\"validate\",\"source\":\"" + fileId + "\",\"config\":"
                + config + "}").get("id").asText();
        return on.awaitJob(id, Duration.ofSeconds(60), job -> job.path("status").asText().matches("completed|failed"));
    }

    private static String upload(Api on, String name, byte[] bytes) {
        Api.Response response = on.postBytes("/api/v1/files?name=" + name, "application/octet-stream", bytes);
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    /** The start of a 64-bit x86 Linux executable: an ELF header and zeros. */
    private static byte[] elf() {
        byte[] bytes = new byte[4096];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
