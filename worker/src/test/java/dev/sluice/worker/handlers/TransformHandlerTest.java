package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformHandlerTest {

    private final InMemoryDataAccess data = new InMemoryDataAccess();
    private final TestContext context = new TestContext(data);
    private final TransformHandler handler = new TransformHandler();

    private Segment source(List<Map<String, Object>> rows) throws Exception {
        RecordWriter writer = data.writeRecords();
        for (int i = 0; i < rows.size(); i++) {
            writer.write(SheetRecord.of("sh_src", 10 + i, rows.get(i),
                    i == 1 ? List.of(RecordMessage.error(null, "ragged row")) : List.of()));
        }
        return writer.finish();
    }

    private static Map<String, Object> row(String name, String phone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("phone", phone);
        return row;
    }

    private Batch batch(Segment segment, List<Map<String, Object>> steps) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", "sh_src");
        input.put("segment", Json.convert(segment, Map.class));
        input.put("sheetId", "sh_out");
        input.put("fields", List.of("name", "phone"));
        input.put("transformations", steps);
        return new Batch("job-1", "transform", "wb_src", Map.of(), 0, 0, 0, -1, input);
    }

    @Test
    void eachRecordIsTransformedIntoTheNewSheetAtTheSameRowAndRefusedValuesBecomeFailedRecords() throws Exception {
        Segment segment = source(List.of(row("ada lovelace", "202-555-0143"), row("grace", "12"), row("alan", "+44 20 7946 0958")));

        BatchResult result = handler.run(batch(segment, List.of(Map.of("field", "name", "operation", "titleCase"),
                Map.of("field", "phone", "operation", "formatPhone"))), context);

        List<SheetRecord> out = new ArrayList<>();
        data.readRecords("sh_out", List.of(Json.convert(result.output().get("segment"), Segment.class)), out::add);
        assertThat(out).extracting(SheetRecord::row).containsExactly(10L, 11L, 12L);
        assertThat(out.get(0).values()).containsEntry("name", "Ada Lovelace").containsEntry("phone", "+12025550143");
        assertThat(out.get(2).values()).containsEntry("phone", "+442079460958");
        assertThat(out.get(1).values()).as("refused: kept as it was").containsEntry("phone", "12");
        assertThat(out.get(1).messages()).extracting(RecordMessage::message).first().isEqualTo("ragged row");
        assertThat(out.get(1).valid()).isFalse();
        assertThat(result.records()).isEqualTo(3);
        assertThat(result.errors()).as("only the new error counts").isEqualTo(1);
        assertThat(result.failed()).singleElement().satisfies(error -> {
            assertThat(error.recordId()).isEqualTo("sh_out/000000000011");
            assertThat(error.field()).isEqualTo("phone");
            assertThat(error.code()).isEqualTo("invalid_phone");
        });
    }

    @Test
    void stepsThatNoLongerFitTheSheetFailTheBatchForGood() throws Exception {
        Segment segment = source(List.of(row("a", "b")));

        assertThatThrownBy(() -> handler.run(batch(segment, List.of(Map.of("field", "email", "operation", "trim"))), context))
                .isInstanceOfSatisfying(BatchFailure.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("config.transformations[0].field");
    }
}
