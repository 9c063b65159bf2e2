package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidateRecordsHandlerTest {

    private static final Map<String, Object> SCHEMA = Json.convert(Json.tree("""
            {"key": "people", "fields": [{"key": "name", "type": "string", "required": true},
              {"key": "email", "type": "email", "unique": true}, {"key": "age", "type": "number"},
              {"key": "country", "type": "enum", "options": ["US", "CA"]}],
             "rules": [{"expression": "age >= 18 || country != \\"US\\"", "message": "must be 18 in the US",
                        "field": "age"}]}
            """.getBytes(StandardCharsets.UTF_8)), Map.class);

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final ValidateRecordsHandler handler = new ValidateRecordsHandler();

    private Segment segment(long firstRow, List<Map<String, Object>> rows) throws Exception {
        RecordWriter writer = data.writeRecords();
        for (int i = 0; i < rows.size(); i++) {
            writer.write(SheetRecord.of("sh_src", firstRow + i, rows.get(i), List.of()));
        }
        return writer.finish();
    }

    private static Map<String, Object> row(String name, String email, String age, String country) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("email", email);
        row.put("age", age);
        row.put("country", country);
        return row;
    }

    private static Batch batch(List<Segment> earlier, Segment own, Map<String, Object> config) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", "sh_src");
        input.put("segment", Json.convert(own, Map.class));
        input.put("sheetId", "sh_out");
        input.put("fields", List.of("name", "email", "age", "country"));
        input.put("earlierSegments", earlier.stream().map(s -> Json.convert(s, Map.class)).toList());
        input.put("schema", SCHEMA);
        input.put("config", config);
        return new Batch("job-1", "validate-records", "wb_src", config, 1, 0, 0, -1, input);
    }

    private List<SheetRecord> written(String sheetId, BatchResult result) throws Exception {
        List<SheetRecord> out = new ArrayList<>();
        Segment segment = Json.convert(result.output().get("segment"), Segment.class);
        data.readRecords(sheetId, List.of(segment), out::add);
        return out;
    }

    @Test
    void aValueRepeatedInALaterBatchIsADuplicateThereAndOnlyThere() throws Exception {
        Segment first = segment(0, List.of(row("Ada", "ada@example.com", "36", "US"), row("Bo", "bo@example.com", "40", "CA")));
        Segment second = segment(2, List.of(row("Ada again", "ADA@example.com", "30", "CA"), row("Cy", "cy@example.com", "50", "US")));

        BatchResult firstResult = handler.run(batch(List.of(), first, Map.of()), context);
        BatchResult secondResult = handler.run(batch(List.of(first), second, Map.of()), context);

        assertThat(firstResult.errors()).isZero();
        assertThat(secondResult.records()).isEqualTo(2);
        assertThat(secondResult.errors()).isEqualTo(1);
        assertThat(secondResult.failed()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("duplicate");
            assertThat(error.field()).isEqualTo("email");
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.message()).contains("record sh_src/");
        });
        List<SheetRecord> out = written("sh_out", secondResult);
        assertThat(out).extracting(SheetRecord::row).containsExactly(2L, 3L);
        assertThat(out.get(0).valid()).isFalse();
        assertThat(out.get(1).valid()).isTrue();
    }

    @Test
    void requiredTypesAndRulesEachGiveTheirMessageAndTheFlagsTurnThemOff() throws Exception {
        Segment rows = segment(0, List.of(row("", "a@example.com", "20", "US"), row("Bo", "nope", "x", "MX"),
                row("Cy", "c@example.com", "16", "US"), row("Di", "d@example.com", "16", "CA")));

        BatchResult all = handler.run(batch(List.of(), rows, Map.of()), context);
        assertThat(all.failed()).extracting(e -> e.row() + ":" + e.field() + ":" + e.code()).containsExactly(
                "0:name:required", "1:email:invalid_email", "1:age:invalid_number", "1:country:invalid_enum",
                "2:age:rule_failed");
        assertThat(all.errors()).isEqualTo(3);
        assertThat(written("sh_out", all).get(2).messages())
                .containsExactly(new RecordMessage("age", RecordMessage.Level.ERROR, "must be 18 in the US"));

        BatchResult rulesOnly = handler.run(batch(List.of(), rows,
                Map.of("validateRequiredFields", false, "validateDataTypes", false)), context);
        assertThat(rulesOnly.failed()).extracting(e -> e.row() + ":" + e.code()).containsExactly("2:rule_failed");
    }
}
