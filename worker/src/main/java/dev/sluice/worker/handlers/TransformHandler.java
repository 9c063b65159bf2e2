package dev.sluice.worker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.rules.transform.TransformResult;
import dev.sluice.rules.transform.Transformations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Operation {@code transform}: reads one segment of the source sheet, applies the job's
 * transformations to each record, and writes the records, same rows, to the job's new sheet. A value
 * a step refuses (a phone number that is no number) stays as it was and its record gets an error
 * message: it is one of the job's failed records, and the batch goes on.
 */
public class TransformHandler implements BatchHandler {

    @Override
    public String operation() {
        return "transform";
    }

    @Override
    @SuppressWarnings("unchecked")
    public BatchResult run(Batch batch, BatchContext context) throws Exception {
        Map<String, Object> input = batch.input();
        Transformations steps = steps(input.get("transformations"), (List<String>) input.get("fields"));
        return RecordPass.run(context, (String) input.get("sourceSheetId"), RecordPass.segment(input),
                (String) input.get("sheetId"), record -> {
                    TransformResult result = steps.apply(record.values());
                    return new RecordPass.Outcome(result.record(),
                            RecordPass.merged(record.messages(), result.messages()), result.messages());
                });
    }

    private static Transformations steps(Object given, List<String> fields) throws BatchFailure {
        try {
            JsonNode list = Json.MAPPER.valueToTree(given);
            return Transformations.parse(list, new LinkedHashSet<>(fields));
        } catch (InvalidRequestException e) {
            throw new BatchFailure("the transformations no longer fit the sheet: " + e.getMessage(), false);
        }
    }
}
