package dev.sluice.rules.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnScorerTest {

    private final ColumnScorer scorer = ColumnScorer.standard();

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" = {2}")
    @CsvSource(delimiter = '|', value = {
            "E-Mail|email|1.0",
            "FirstName|first_name|1.0",
            "userID|user_id|1.0",
            "e-mail address|email|0.95",
            "Surname|last_name|0.95",
            "Zip|postal_code|0.95",
            "Telephone|phone|0.95",
            "Mobile Number|phone|0.95",
            "DOB|date of birth|0.95",
            "Given Name|first_name|0.95",
            "Organisation|company|0.95",
            "Name First|first_name|0.9",
            "phones|phone|0.81",
            "Emial|email|0.786",
            "status|state|0.702",
            "Customer Email|email|0.6",
            "Address 1|address 2|0.0",
            "###|email|0.0"})
    void scoresFollowTheDocumentedFormula(String source, String destination, double score) {
        assertThat(scorer.score(source, destination, Strategy.FUZZY)).isCloseTo(score, within(0.0005));
    }

    @Test
    void theExactStrategyOnlyAcceptsEqualNormalisedNames() {
        assertThat(scorer.score("E_MAIL", "email", Strategy.EXACT)).isEqualTo(1.0);
        assertThat(scorer.score("e-mail address", "email", Strategy.EXACT)).isEqualTo(0.0);
        assertThat(scorer.score("phones", "phone", Strategy.EXACT)).isEqualTo(0.0);
    }

    @Test
    void aFieldScoresByTheBetterOfItsKeyAndItsLabel() {
        FieldSchema field = new FieldSchema("cust_tel", "Phone", FieldType.PHONE, false, false, List.of(), null);

        assertThat(scorer.score("Mobile", field, Strategy.FUZZY)).isEqualTo(ColumnScorer.SYNONYM);
        assertThat(scorer.score("CustTel", field, Strategy.FUZZY)).isEqualTo(1.0);
    }

    @Test
    void aCustomSynonymTableIsUsed() {
        ColumnScorer custom = new ColumnScorer(Synonyms.of(List.of(List.of("sku", "article number", "item code"))));

        assertThat(custom.score("Article Number", "sku", Strategy.FUZZY)).isEqualTo(ColumnScorer.SYNONYM);
        assertThat(custom.score("e-mail address", "email", Strategy.FUZZY)).isLessThan(ColumnScorer.SIMILAR);
    }
}
