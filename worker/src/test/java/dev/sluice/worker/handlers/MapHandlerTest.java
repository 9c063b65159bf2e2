package dev.sluice.worker.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.rules.map.Mapping;
import dev.sluice.rules.map.MappingPlan;
import dev.sluice.worker.testing.InMemoryDataAccess;
import dev.sluice.worker.testing.TestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapHandlerTest {

    private final InMemoryDataAccess data = new InMemoryDataAccess();

    @Test
    void valuesMoveUnderTheirFieldKeysUnfilledFieldsAreNullAndMessagesFollowTheirColumn() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("E-mail", "ada@example.com");
        values.put("Notes", "hi");
        values.put("Years", "36");
        RecordWriter writer = data.writeRecords();
        writer.write(SheetRecord.of("sh_src", 7, values, List.of(RecordMessage.error("Years", "odd"),
                RecordMessage.error("Notes", "too long"), RecordMessage.error(null, "ragged row"))));
        Segment segment = writer.finish();
        MappingPlan plan = new MappingPlan(List.of(new Mapping("E-mail", "email", 0.95), new Mapping("Years", "age", 1)),
                List.of("Notes"), List.of("phone"));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("sourceSheetId", "sh_src");
        input.put("segment", Json.convert(segment, Map.class));
        input.put("sheetId", "sh_out");
        input.put("mapping", Json.convert(plan, Map.class));

        BatchResult result = new MapHandler().run(new Batch("job-1", "map", "wb_src", Map.of(), 0, 0, 0, -1, input),
                new TestContext(data));

        assertThat(result.records()).isEqualTo(1);
        assertThat(result.errors()).isZero();
        List<SheetRecord> out = new ArrayList<>();
        data.readRecords("sh_out", List.of(Json.convert(result.output().get("segment"), Segment.class)), out::add);
        assertThat(out).singleElement().satisfies(record -> {
            assertThat(record.row()).isEqualTo(7);
            assertThat(Json.MAPPER.valueToTree(record.values()).toString())
                    .isEqualTo("{\"email\":\"ada@example.com\",\"age\":\"36\",\"phone\":null}");
            assertThat(record.messages()).containsExactly(RecordMessage.error("age", "odd"),
                    RecordMessage.error(null, "ragged row"));
        });
    }
}
