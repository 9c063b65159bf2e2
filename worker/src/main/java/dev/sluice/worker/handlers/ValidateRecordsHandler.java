package dev.sluice.worker.handlers;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.schema.SchemaParser;
import dev.sluice.rules.schema.SheetSchema;
import dev.sluice.rules.schema.UniqueTracker;
import dev.sluice.rules.validate.RecordValidator;
import dev.sluice.rules.validate.ValidateOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operation {@code validate-records}: checks each record of one segment against the sheet's schema and
 * rules and writes it, same row and values, to the job's new sheet with the messages found added to
 * the ones it had. A record with an error is one of the job's failed records. For {@code unique}
 * fields the batch first reads the records of the segments before its own (only their values count),
 * so a value is a duplicate in exactly the later records that repeat it, whichever batch they are in.
 */
public class ValidateRecordsHandler implements BatchHandler {

    /** Validators by what they are made of: compiling a job's rules once, not for every batch. Bounded. */
    private static final int CACHED = 32;
    private final Map<List<Object>, RecordValidator> validators = new ConcurrentHashMap<>();

    @Override
    public String operation() {
        return "validate-records";
    }

    @Override
    @SuppressWarnings("unchecked")
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        Map<String, Object> input = batch.input();
        String sourceSheetId = (String) input.get("sourceSheetId");
        List<String> fields = (List<String>) input.get("fields");
        Map<String, Object> definition = (Map<String, Object>) input.get("schema");
        List<Object> key = Arrays.asList(input.get("config"), definition, fields);
        RecordValidator validator = validators.get(key);
        if (validator == null) {
            SheetSchema schema = definition == null ? null : SchemaParser.stored(definition, "sheet " + sourceSheetId);
            validator = validator(input.get("config"), schema, fields);
            if (validators.size() >= CACHED) {
                validators.clear();
            }
            validators.put(key, validator);
        }
        RecordValidator checks = validator;
        UniqueTracker unique = validator.uniqueTracker();
        if (validator.checksUnique()) {
            List<Segment> earlier = Json.MAPPER.convertValue(input.get("earlierSegments"),
                    Json.MAPPER.getTypeFactory().constructCollectionType(List.class, Segment.class));
            context.data().readRecords(sourceSheetId, earlier, record -> unique.see(record.id(), record.values()));
        }
        return RecordPass.run(context, sourceSheetId, RecordPass.segment(input), (String) input.get("sheetId"),
                record -> {
                    List<FieldMessage> found = new ArrayList<>(checks.check(record.values()));
                    found.addAll(unique.see(record.id(), record.values()));
                    return new RecordPass.Outcome(record.values(), RecordPass.merged(record.messages(), found), found);
                });
    }

    private static RecordValidator validator(Object config, SheetSchema schema, List<String> fields)
            throws BatchFailure {
        try {
            return ValidateOptions.parse(Json.MAPPER.valueToTree(config), schema, fields).validator(schema, fields);
        } catch (InvalidRequestException e) {
            throw new BatchFailure("the validation no longer fits the sheet: " + e.getMessage(), false);
        }
    }
}
