package dev.sluice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.record.RecordMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMessageTest {

    @Test
    void becomesAJobErrorThatKeepsTheCodeTheFieldAndTheValues() {
        FieldMessage message = FieldMessage.error("phone", "invalid_phone", "'12' is not a phone number");

        RecordError error = message.toRecordError("contacts/000000000007", 7, Map.of("phone", "12"));

        assertThat(error).isEqualTo(new RecordError("contacts/000000000007", 7, "phone", "invalid_phone",
                "'12' is not a phone number", Map.of("phone", "12")));
    }

    @Test
    void becomesTheStoredRecordMessageAtItsLevel() {
        FieldMessage warning = FieldMessage.warning("tier", "enum_not_canonical", "'GOLD' is read as 'gold'");

        assertThat(warning.toRecordMessage())
                .isEqualTo(new RecordMessage("tier", RecordMessage.Level.WARNING, "'GOLD' is read as 'gold'"));
        assertThat(warning.isError()).isFalse();
    }
}
