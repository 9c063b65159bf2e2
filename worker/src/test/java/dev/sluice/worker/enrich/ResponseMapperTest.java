package dev.sluice.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseMapperTest {

    private final ResponseMapper mapper = new ResponseMapper(Services.person(""), List.of("company", "jobTitle", "industry"));

    private static JsonNode json(String text) {
        return Json.tree(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachElementFillsTheFieldsOfTheRecordAtItsPositionByPropertyOrPointer() {
        List<Outcome> outcomes = mapper.map(json("[{\"employment\":{\"name\":\"Acme\",\"title\":\"CTO\"},\"industry\":\"Tools\"},"
                + "{\"employment\":{\"name\":\"Initech\"},\"industry\":null,\"extra\":1}]"), 2);

        assertThat(outcomes).containsExactly(
                new Outcome.Filled(Map.of("company", "Acme", "jobTitle", "CTO", "industry", "Tools")),
                new Outcome.Filled(Map.of("company", "Initech")));
    }

    @Test
    void numbersAndBooleansStaySoAndObjectsBecomeTheirJsonText() {
        List<Outcome> outcomes = mapper.map(json("[{\"employment\":{\"name\":42,\"title\":true},\"industry\":{\"a\":[1]}}]"), 1);

        assertThat(outcomes).containsExactly(new Outcome.Filled(Map.of("company", 42, "jobTitle", true, "industry", "{\"a\":[1]}")));
    }

    @Test
    void aNullElementOrOneWithoutTheFieldsAskedForIsNoDataNotAnError() {
        List<Outcome> outcomes = mapper.map(json("[null,{},{\"employment\":{}}]"), 3);

        assertThat(outcomes).containsOnly(new Outcome.NoData("people has no data for this record")).hasSize(3);
    }

    @Test
    void onlyTheFieldsTheJobAsksForAreTaken() {
        ResponseMapper industryOnly = new ResponseMapper(Services.person(""), List.of("industry"));

        assertThat(industryOnly.map(json("[{\"employment\":{\"name\":\"Acme\"},\"industry\":\"Tools\"}]"), 1))
                .containsExactly(new Outcome.Filled(Map.of("industry", "Tools")));
        assertThat(industryOnly.map(json("[{\"employment\":{\"name\":\"Acme\"}}]"), 1))
                .containsExactly(new Outcome.NoData("people has no data for this record"));
    }

    @Test
    void anAnswerOfTheWrongLengthFailsEveryRecordOfTheCall() {
        List<Outcome> outcomes = mapper.map(json("[{\"industry\":\"a\"}]"), 2);

        assertThat(outcomes).containsExactly(new Outcome.Failed("people answered 1 items for 2 records"),
                new Outcome.Failed("people answered 1 items for 2 records"));
    }

    @Test
    void anElementThatIsNotAnObjectFailsItsRecordOnly() {
        List<Outcome> outcomes = mapper.map(json("[\"Acme\",{\"industry\":\"Tools\"}]"), 2);

        assertThat(outcomes).containsExactly(new Outcome.Failed("people answered item 0 with a JSON string, not an object"),
                new Outcome.Filled(Map.of("industry", "Tools")));
    }
}
