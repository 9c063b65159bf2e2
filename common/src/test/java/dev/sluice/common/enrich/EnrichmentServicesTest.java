package dev.sluice.common.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentServicesTest {

    @TempDir
    Path dir;

    private static EnrichmentServices parse(String json) {
        return EnrichmentServices.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static String service(String body) {
        return "{\"services\":{\"clearbit\":{\"url\":\"https://enrich.example/v1\",\"keyFields\":[\"email\"],"
                + "\"responseFields\":{\"company\":\"/company/name\"}" + body + "}}}";
    }

    @Test
    void aServiceIsReadWithEveryOptionItGives() {
        EnrichmentServices services = parse("{\"services\":{\"clearbit\":{\"url\":\"https://enrich.example/v1\","
                + "\"authHeader\":\"Authorization\",\"authScheme\":\"Bearer\",\"secretEnv\":\"CLEARBIT_KEY\","
                + "\"keyFields\":[\"email\",\"domain\"],\"responseFields\":{\"company\":\"/company/name\",\"industry\":\"industry\"},"
                + "\"maxBatch\":50,\"ratePerSecond\":2.5,\"timeoutMs\":3000,\"retries\":5,\"backoffMs\":200,\"maxBackoffMs\":4000}}}");

        EnrichmentService clearbit = services.find("clearbit").orElseThrow();
        assertThat(clearbit.url()).isEqualTo(URI.create("https://enrich.example/v1"));
        assertThat(clearbit.auth()).isEqualTo(new ServiceAuth("Authorization", "Bearer", "CLEARBIT_KEY", null));
        assertThat(clearbit.keyFields()).containsExactly("email", "domain");
        assertThat(clearbit.responseFields()).containsExactly(Map.entry("company", "/company/name"), Map.entry("industry", "industry"));
        assertThat(clearbit.policy()).isEqualTo(new CallPolicy(50, 2.5, Duration.ofMillis(3000), 5, Duration.ofMillis(200),
                Duration.ofMillis(4000)));
        assertThat(services.names()).containsExactly("clearbit");
    }

    @Test
    void leftOutLimitsTakeTheirDefaults() {
        EnrichmentService service = parse(service("")).find("clearbit").orElseThrow();

        assertThat(service.policy()).isEqualTo(CallPolicy.defaults());
        assertThat(service.auth()).isEqualTo(ServiceAuth.NONE);
        assertThat(service.gives()).containsExactly("company");
    }

    @Test
    void theBackoffDoublesPerRetryUpToItsCap() {
        CallPolicy policy = new CallPolicy(10, 1, Duration.ofSeconds(1), 6, Duration.ofMillis(300), Duration.ofMillis(2000));

        assertThat(List.of(1, 2, 3, 4, 5).stream().map(policy::backoffBefore)).containsExactly(Duration.ofMillis(300),
                Duration.ofMillis(600), Duration.ofMillis(1200), Duration.ofMillis(2000), Duration.ofMillis(2000));
    }

    @Test
    void eachMistakeIsNamedByItsPath() {
        assertThatThrownBy(() -> parse(service(",\"ratePerSecnd\":3"))).hasMessageStartingWith(
                "services.clearbit.ratePerSecnd: unknown key");
        assertThatThrownBy(() -> parse(service(",\"maxBatch\":0"))).hasMessage(
                "services.clearbit.maxBatch: must be a whole number from 1 to 10000, got 0");
        assertThatThrownBy(() -> parse(service(",\"ratePerSecond\":-1"))).hasMessageStartingWith(
                "services.clearbit.ratePerSecond: must be a number above 0");
        assertThatThrownBy(() -> parse(service(",\"backoffMs\":500,\"maxBackoffMs\":100"))).hasMessageStartingWith(
                "services.clearbit.maxBackoffMs: must be a whole number from 500 to 300000");
        assertThatThrownBy(() -> parse(service(",\"authHeader\":\"Authorization\""))).hasMessage(
                "services.clearbit: authHeader needs exactly one of secretEnv and secretFile");
        assertThatThrownBy(() -> parse(service(",\"secretEnv\":\"KEY\""))).hasMessage(
                "services.clearbit: authScheme, secretEnv and secretFile need an authHeader");
        assertThatThrownBy(() -> parse("{\"services\":{\"s\":{\"url\":\"ftp://x/y\",\"keyFields\":[\"a\"],"
                + "\"responseFields\":{\"b\":\"b\"}}}}")).hasMessageStartingWith("services.s.url: must be an http or https URL");
        assertThatThrownBy(() -> parse("{\"services\":{\"s\":{\"url\":\"http://x/y\",\"keyFields\":[],"
                + "\"responseFields\":{\"b\":\"b\"}}}}")).hasMessageStartingWith("services.s.keyFields: is required");
        assertThatThrownBy(() -> parse("{\"services\":{\"s\":{\"url\":\"http://x/y\",\"keyFields\":[\"a\"],"
                + "\"responseFields\":{\"b\":7}}}}")).hasMessageStartingWith("services.s.responseFields.b: must map");
    }

    @Test
    void lookupIsBuiltInAndNoFileMayDefineIt() {
        assertThatThrownBy(() -> parse("{\"services\":{\"lookup\":{}}}")).hasMessageContaining("not 'lookup' (built in)");
        assertThatThrownBy(() -> parse("{\"clearbit\":{}}")).hasMessageStartingWith("must be an object with one key, services");
        assertThatThrownBy(() -> parse("not json")).hasMessageStartingWith("not valid JSON");
    }

    @Test
    void aFileIsLoadedFromItsPathAndABrokenOneIsReportedWithItsName() throws Exception {
        Path good = Files.writeString(dir.resolve("services.json"), service(""));
        Path bad = Files.writeString(dir.resolve("bad.json"), service(",\"retries\":99"));

        assertThat(EnrichmentServices.load(good).names()).containsExactly("clearbit");
        assertThat(EnrichmentServices.load(good).origin()).isEqualTo(good.toString());
        assertThatThrownBy(() -> EnrichmentServices.load(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the enrichment services file " + bad + " is wrong: services.clearbit.retries: must be a whole "
                        + "number from 0 to 10, got 99");
        assertThatThrownBy(() -> EnrichmentServices.load(dir.resolve("absent.json")))
                .hasMessageStartingWith("cannot read the enrichment services file " + dir.resolve("absent.json"));
    }

    @Test
    void theSystemPropertyNamesTheFileOrElseTheEnvironmentVariableOrThereAreNoServices() throws Exception {
        Path first = Files.writeString(dir.resolve("first.json"), service(""));
        Path second = Files.writeString(dir.resolve("second.json"), service("").replace("clearbit", "other"));

        assertThat(EnrichmentServices.named(first.toString(), second.toString()).names()).containsExactly("clearbit");
        assertThat(EnrichmentServices.named(" ", second.toString()).names()).containsExactly("other");
        assertThat(EnrichmentServices.named(null, null)).isSameAs(EnrichmentServices.NONE);
        assertThat(EnrichmentServices.NONE.names()).isEmpty();
    }
}
