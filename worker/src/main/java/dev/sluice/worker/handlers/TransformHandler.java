package dev.sluice.worker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.Batch;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.BatchHandler;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.rules.FieldMessage;
import dev.sluice.rules.transform.TransformResult;
import dev.sluice.rules.transform.Transformations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        String sheetId = (String) input.get("sheetId");
        List<String> fields = (List<String>) input.get("fields");
        Segment segment = Json.convert(input.get("segment"), Segment.class);
        Transformations steps = steps(input.get("transformations"), fields);
        RecordWriter writer = context.data().writeRecords();
        List<RecordError> failed = new ArrayList<>();
        long[] counts = new long[2]; // records, records with a new error
        try {
            context.data().readRecords((String) input.get("sourceSheetId"), List.of(segment), record -> {
                SheetRecord out = transform(record, sheetId, steps, failed, counts);
                try {
                    writer.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Segment written = writer.finish();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("segment", Json.convert(written, Map.class));
        output.put("rows", counts[0]);
        return new BatchResult(counts[0], counts[1], output, failed);
    }

    private static SheetRecord transform(SheetRecord record, String sheetId, Transformations steps,
                                         List<RecordError> failed, long[] counts) {
        TransformResult result = steps.apply(record.values());
        List<RecordMessage> messages = new ArrayList<>(record.messages());
        boolean newError = false;
        for (FieldMessage message : result.messages()) {
            messages.add(message.toRecordMessage());
            if (message.isError()) {
                newError = true;
            }
        }
        SheetRecord out = SheetRecord.of(sheetId, record.row(), result.record(), messages);
        counts[0]++;
        if (newError) {
            counts[1]++;
            for (FieldMessage message : result.messages()) {
                if (message.isError()) {
                    failed.add(message.toRecordError(out.id(), out.row(), record.values()));
                }
            }
        }
        return out;
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
