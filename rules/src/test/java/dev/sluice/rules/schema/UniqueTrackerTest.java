package dev.sluice.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.rules.FieldMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueTrackerTest {

    private static final FieldSchema EMAIL = new FieldSchema("email", "Email", FieldType.EMAIL, false, true, List.of(), null);
    private static final FieldSchema CODE = new FieldSchema("code", "Code", FieldType.STRING, false, true, List.of(), null);
    private static final FieldSchema AMOUNT = new FieldSchema("amount", "Amount", FieldType.NUMBER, false, true, List.of(), null);
    private static final FieldSchema NAME = FieldSchema.of("name", FieldType.STRING);

    private final UniqueTracker tracker = new UniqueTracker(List.of(EMAIL, CODE, AMOUNT, NAME));

    private static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    @Test
    void theFirstRecordKeepsAValueAndLaterOnesAreDuplicatesNamingIt() {
        assertThat(tracker.see("s/1", record("email", "ada@example.com"))).isEmpty();
        assertThat(tracker.see("s/2", record("email", "bob@example.com"))).isEmpty();

        assertThat(tracker.see("s/3", record("email", "ada@example.com"))).containsExactly(FieldMessage.error(
                "email", "duplicate", "'ada@example.com' is already the Email of record s/1"));
        assertThat(tracker.see("s/4", record("email", "ada@example.com")).get(0).message()).endsWith("record s/1");
    }

    @Test
    void emailsCompareIgnoringCaseAndNumbersByValue() {
        tracker.see("s/1", record("email", "Ada@Example.com", "amount", "1,000"));

        List<FieldMessage> duplicates = tracker.see("s/2", record("email", " ada@example.COM ", "amount", 1000));

        assertThat(duplicates).extracting(FieldMessage::field).containsExactly("email", "amount");
    }

    @Test
    void otherTextComparesCaseSensitively() {
        tracker.see("s/1", record("code", "AB-1"));

        assertThat(tracker.see("s/2", record("code", "ab-1"))).isEmpty();
        assertThat(tracker.see("s/3", record("code", " AB-1"))).hasSize(1);
    }

    @Test
    void blankValuesAndFieldsThatAreNotUniqueAreNeverDuplicates() {
        tracker.see("s/1", record("email", "", "name", "Ada"));

        assertThat(tracker.see("s/2", record("email", "  ", "name", "Ada"))).isEmpty();
        assertThat(tracker.see("s/3", record("email", null))).isEmpty();
    }
}
