package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapOptionsTest {

    private static JsonNode json(String text) {
        return Json.tree(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheGuidesConfig() throws Exception {
        MapOptions options = MapOptions.parse(json("{'autoMap': true, 'confidence': 0.8, 'strategy': 'fuzzy'}"));

        assertThat(options).isEqualTo(new MapOptions(true, 0.8, Strategy.FUZZY, java.util.Map.of()));
    }

    @Test
    void defaultsToFuzzyAutoMappingAtPointEight() throws Exception {
        assertThat(MapOptions.parse(json("{'batchSize': 100}")))
                .isEqualTo(new MapOptions(true, MapOptions.DEFAULT_CONFIDENCE, Strategy.FUZZY, java.util.Map.of()));
    }

    @Test
    void withoutAutoMapOnlyTheExplicitMappingMaps() throws Exception {
        MapOptions options = MapOptions.parse(json("{'autoMap': false, 'mapping': {'Mail': 'email', 'Notes': null}}"));

        MappingPlan plan = options.plan(List.of("Email", "Mail", "Notes"), ColumnMapperTest.CONTACTS);

        assertThat(plan.mappings()).containsExactly(new Mapping("Mail", "email", 1.0));
        assertThat(plan.unmappedSources()).containsExactly("Email", "Notes");
    }

    @Test
    void theExplicitMappingFixesTheAutomaticPlan() throws Exception {
        MapOptions options = MapOptions.parse(json("{'confidence': 0.9, 'mapping': {'Status': 'state'}}"));

        MappingPlan plan = options.plan(List.of("Email", "Status"), ColumnMapperTest.CONTACTS);

        assertThat(plan.mappings()).containsExactly(new Mapping("Email", "email", 1.0), new Mapping("Status", "state", 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'confidence': 1.5}|config.confidence",
            "{'confidence': 'high'}|config.confidence",
            "{'strategy': 'smart'}|config.strategy",
            "{'autoMap': 'yes'}|config.autoMap",
            "{'mapping': ['a']}|config.mapping",
            "{'mapping': {'Email': 3}}|config.mapping.Email"})
    void rejectsBadOptionsNamingTheField(String config, String field) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> MapOptions.parse(json(config)));

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo(field);
    }
}
