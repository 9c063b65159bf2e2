package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMapperTest {

    static final List<FieldSchema> CONTACTS = List.of(
            new FieldSchema("first_name", "First name", FieldType.STRING, true, false, List.of(), null),
            new FieldSchema("last_name", "Last name", FieldType.STRING, true, false, List.of(), null),
            new FieldSchema("email", "Email", FieldType.EMAIL, true, true, List.of(), null),
            new FieldSchema("phone", "Phone", FieldType.PHONE, false, false, List.of(), null),
            new FieldSchema("company", "Company", FieldType.STRING, false, false, List.of(), null),
            new FieldSchema("state", "State", FieldType.STRING, false, false, List.of(), null));

    @Test
    void mapsHeadersByNameSynonymAndSimilarityAndLeavesTheRestUnmapped() {
        MappingPlan plan = ColumnMapper.plan(
                List.of("Given Name", "Surname", "E-mail Address", "Mobile", "Employer", "Status", "Notes"),
                CONTACTS, Strategy.FUZZY, 0.8);

        assertThat(plan.mappings()).containsExactly(
                new Mapping("Given Name", "first_name", 0.95),
                new Mapping("Surname", "last_name", 0.95),
                new Mapping("E-mail Address", "email", 0.95),
                new Mapping("Mobile", "phone", 0.95),
                new Mapping("Employer", "company", 0.95));
        assertThat(plan.unmappedSources()).containsExactly("Status", "Notes");
        assertThat(plan.unmappedDestinations()).containsExactly("state");
    }

    @Test
    void aLowerConfidenceLetsLookalikesIn() {
        MappingPlan plan = ColumnMapper.plan(List.of("Status"), CONTACTS, Strategy.FUZZY, 0.7);

        assertThat(plan.destinationOf("Status")).contains("state");
    }

    @Test
    void eachFieldTakesTheBestColumnAndTheOtherStaysUnmapped() {
        MappingPlan plan = ColumnMapper.plan(List.of("mail", "Email"), CONTACTS, Strategy.FUZZY, 0.8);

        assertThat(plan.mappings()).containsExactly(new Mapping("Email", "email", 1.0));
        assertThat(plan.unmappedSources()).containsExactly("mail");
    }

    @Test
    void tiesGoToTheEarlierColumn() {
        MappingPlan plan = ColumnMapper.plan(List.of("Telephone", "Cell"), CONTACTS, Strategy.FUZZY, 0.8);

        assertThat(plan.mappings()).containsExactly(new Mapping("Telephone", "phone", 0.95));
    }

    @Test
    void theExactStrategyIgnoresSynonyms() {
        MappingPlan plan = ColumnMapper.plan(List.of("FIRST NAME", "Surname", "e_mail"), CONTACTS, Strategy.EXACT, 0.8);

        assertThat(plan.mappings()).containsExactly(new Mapping("FIRST NAME", "first_name", 1.0),
                new Mapping("e_mail", "email", 1.0));
        assertThat(plan.unmappedSources()).containsExactly("Surname");
    }

    @Test
    void aRepeatedColumnNameCountsOnce() {
        MappingPlan plan = ColumnMapper.plan(List.of("Email", "Email"), CONTACTS, Strategy.FUZZY, 0.8);

        assertThat(plan.mappings()).hasSize(1);
        assertThat(plan.unmappedSources()).isEmpty();
    }

    @Test
    void applyMovesValuesUnderTheirFieldKeysAndDropsUnmappedColumns() {
        MappingPlan plan = ColumnMapper.plan(List.of("Surname", "E-mail", "Notes"), CONTACTS, Strategy.FUZZY, 0.8);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("Surname", "Lovelace");
        source.put("E-mail", "ada@example.com");
        source.put("Notes", "met at the fair");

        assertThat(ColumnMapper.apply(plan, source))
                .containsExactly(Map.entry("last_name", "Lovelace"), Map.entry("email", "ada@example.com"));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsABug() {
        assertThatThrownBy(() -> ColumnMapper.plan(List.of("a"), CONTACTS, Strategy.FUZZY, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
