package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.rules.map.Mapping;
import dev.sluice.rules.map.MappingPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operation {@code map}: reads one segment of the source sheet and writes each record, same row,
 * to the job's new sheet under the destination's field keys, following the plan the coordinator made
 * (in the batch input). Every destination field is present, null where no column maps to it, so
 * {@code validate-records} sees a missing required value. Messages about a mapped column move to its
 * field; messages about a column that is not mapped are dropped with its value.
 */
public class MapHandler implements BatchHandler {

    @Override
    public String operation() {
        return "map";
    }

    @Override
    @SuppressWarnings("unchecked")
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        Map<String, Object> input = batch.input();
        MappingPlan plan = Json.convert(input.get("mapping"), MappingPlan.class);
        List<String> destination = destinationOrder(plan);
        return RecordPass.run(context, (String) input.get("sourceSheetId"), RecordPass.segment(input),
                (String) input.get("sheetId"), record -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String key : destination) {
                        values.put(key, null);
                    }
                    for (Mapping mapping : plan.mappings()) {
                        values.put(mapping.destinationKey(), record.values().get(mapping.source()));
                    }
                    return new RecordPass.Outcome(values, moved(record.messages(), plan), List.of());
                });
    }

    /** The destination's fields: mapped ones in the plan's order, then those no column fills. */
    private static List<String> destinationOrder(MappingPlan plan) {
        List<String> keys = new ArrayList<>();
        plan.mappings().forEach(m -> keys.add(m.destinationKey()));
        keys.addAll(plan.unmappedDestinations());
        return keys;
    }

    private static List<RecordMessage> moved(List<RecordMessage> messages, MappingPlan plan) {
        List<RecordMessage> out = new ArrayList<>();
        for (RecordMessage message : messages) {
            if (message.field() == null) {
                out.add(message);
            } else {
                plan.destinationOf(message.field()).ifPresent(key ->
                        out.add(new RecordMessage(key, message.level(), message.message())));
            }
        }
        return out;
    }
}
