package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.common.request.InvalidRequestException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingPlanTest {

    private final MappingPlan automatic = ColumnMapper.plan(List.of("Given Name", "Surname", "Mail", "Status", "Notes"),
            ColumnMapperTest.CONTACTS, Strategy.FUZZY, 0.8);

    private static Map<String, String> explicit(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private InvalidRequestException rejection(Map<String, String> overrides) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> automatic.withOverrides(overrides));
        assertThat(e).as("rejected").isNotNull();
        return e;
    }

    @Test
    void anExplicitMappingOfAnUnmappedColumnIsAddedWithScoreOne() throws Exception {
        MappingPlan plan = automatic.withOverrides(explicit("Status", "state"));

        assertThat(plan.mappings()).containsExactly(
                new Mapping("Given Name", "first_name", 0.95),
                new Mapping("Surname", "last_name", 0.95),
                new Mapping("Mail", "email", 0.95),
                new Mapping("Status", "state", 1.0));
        assertThat(plan.unmappedSources()).containsExactly("Notes");
        assertThat(plan.unmappedDestinations()).containsExactly("phone", "company");
    }

    @Test
    void anExplicitMappingTakesTheFieldFromTheAutomaticOne() throws Exception {
        MappingPlan plan = automatic.withOverrides(explicit("Notes", "email"));

        assertThat(plan.destinationOf("Notes")).contains("email");
        assertThat(plan.destinationOf("Mail")).isEmpty();
        assertThat(plan.unmappedSources()).containsExactly("Status", "Mail");
    }

    @Test
    void anExplicitMappingMovesAColumnToAnotherField() throws Exception {
        MappingPlan plan = automatic.withOverrides(explicit("Mail", "company"));

        assertThat(plan.destinationOf("Mail")).contains("company");
        assertThat(plan.unmappedDestinations()).containsExactly("phone", "state", "email");
    }

    @Test
    void aNullDestinationLeavesTheColumnUnmapped() throws Exception {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("Surname", null);

        MappingPlan plan = automatic.withOverrides(overrides);

        assertThat(plan.destinationOf("Surname")).isEmpty();
        assertThat(plan.unmappedSources()).containsExactly("Status", "Notes", "Surname");
        assertThat(plan.unmappedDestinations()).contains("last_name");
    }

    @Test
    void twoColumnsCanSwapFields() throws Exception {
        MappingPlan plan = automatic.withOverrides(explicit("Given Name", "last_name", "Surname", "first_name"));

        assertThat(plan.destinationOf("Given Name")).contains("last_name");
        assertThat(plan.destinationOf("Surname")).contains("first_name");
    }

    @Test
    void anUnknownColumnIsRejectedNamingTheEntry() {
        InvalidRequestException e = rejection(explicit("Fax", "phone"));

        assertThat(e.field()).isEqualTo("config.mapping.Fax");
        assertThat(e.reason()).isEqualTo(
                "the sheet has no column 'Fax'; its columns are Given Name, Surname, Mail, Status, Notes");
    }

    @Test
    void anUnknownFieldIsRejectedNamingTheEntry() {
        InvalidRequestException e = rejection(explicit("Status", "status"));

        assertThat(e.field()).isEqualTo("config.mapping.Status");
        assertThat(e.reason()).startsWith("the destination has no field 'status'");
    }

    @Test
    void twoColumnsForOneFieldAreRejected() {
        InvalidRequestException e = rejection(explicit("Status", "state", "Notes", "state"));

        assertThat(e.field()).isEqualTo("config.mapping.Notes");
        assertThat(e.reason()).isEqualTo("'Status' is already mapped to 'state'; a field takes one column");
    }
}
