package dev.sluice.rules.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationCatalogTest {

    @Test
    void twoOperationsWithOneNameFailAtConstruction() {
        assertThatThrownBy(() -> new OperationCatalog(List.of(
                OperationFactory.simple("trim", text -> StepResult.changed(text.trim())),
                OperationFactory.simple("trim", text -> StepResult.changed(text)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two operations are named 'trim'");
    }

    @Test
    void aCustomCatalogAddsOperations() throws InvalidRequestException {
        OperationCatalog catalog = new OperationCatalog(List.of(
                OperationFactory.simple("reverse", text -> StepResult.changed(new StringBuilder(text).reverse().toString()))));
        JsonNode list = TransformationsTest.json("[{'field': 'code', 'operation': 'reverse'}]");

        Transformations steps = Transformations.parse(list, Set.of("code"), catalog);

        assertThat(steps.apply(Map.of("code", "abc")).record()).containsEntry("code", "cba");
        assertThat(catalog.find("trim")).isEmpty();
    }

    @Test
    void caseChangesIgnoreTheDefaultLocale() throws InvalidRequestException {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            Transformations steps = TransformationsTest.parse("[{'field': 'code', 'operation': 'lowercase'}]");

            assertThat(steps.apply(Map.of("code", "TITLE")).record()).containsEntry("code", "title");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
