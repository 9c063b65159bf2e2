package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    @Test
    void namesAreLookedUpNormalised() {
        Synonyms synonyms = Synonyms.standard();

        assertThat(synonyms.groupOf(ColumnName.of("E_Mail"))).contains("email");
        assertThat(synonyms.groupOf(ColumnName.of("familyName"))).contains("lastname");
        assertThat(synonyms.groupOf(ColumnName.of("Post-Code"))).contains("postalcode");
        assertThat(synonyms.groupOf(ColumnName.of("Work Email"))).as("whole names only").isEmpty();
    }

    @Test
    void aNameInTwoGroupsIsRefused() {
        assertThatThrownBy(() -> Synonyms.of(List.of(List.of("phone", "mobile"), List.of("device", "Mobile"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Mobile' is a synonym of both 'phone' and 'device'");
    }
}
