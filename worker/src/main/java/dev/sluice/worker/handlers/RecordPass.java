package dev.sluice.worker.handlers;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.BatchContext;
import dev.sluice.common.spi.BatchResult;
import dev.sluice.common.spi.RecordWriter;
import dev.sluice.rules.FieldMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of a record-to-record operation (map, transform, validate-records) over one segment of a
 * source sheet: each record read is turned into one record of the job's new sheet, same row, and
 * written. A record whose step found errors is one of the batch's failed records; the batch goes on.
 */
final class RecordPass {

    /** What a step made of one record. */
    record Outcome(Map<String, Object> values, List<RecordMessage> messages, List<FieldMessage> found) {
    }

    /** Turns one source record into the values and messages of its new record. */
    @FunctionalInterface
    interface Step {
        Outcome apply(SheetRecord record);
    }

    private RecordPass() {
    }

    /** Reads {@code segment} of {@code sourceSheetId}, runs {@code step} on each record and writes to {@code sheetId}. */
    static BatchResult run(BatchContext context, String sourceSheetId, Segment segment, String sheetId, Step step)
            throws IOException {
        RecordWriter writer = context.data().writeRecords();
        List<RecordError> failed = new ArrayList<>();
        long[] counts = new long[2]; // records, records with an error found
        try {
            context.data().readRecords(sourceSheetId, List.of(segment), record -> {
                Outcome outcome = step.apply(record);
                SheetRecord out = SheetRecord.of(sheetId, record.row(), outcome.values(), outcome.messages());
                counts[0]++;
                boolean failedHere = false;
                for (FieldMessage message : outcome.found()) {
                    if (message.isError()) {
                        failed.add(message.toRecordError(out.id(), out.row(), record.values()));
                        failedHere = true;
                    }
                }
                if (failedHere) {
                    counts[1]++;
                }
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

    /** {@code kept} followed by each of {@code found} that is not already among them. */
    static List<RecordMessage> merged(List<RecordMessage> kept, List<FieldMessage> found) {
        Set<RecordMessage> all = new LinkedHashSet<>(kept);
        for (FieldMessage message : found) {
            all.add(message.toRecordMessage());
        }
        return new ArrayList<>(all);
    }

    /** The segment a batch reads, from its input. */
    static Segment segment(Map<String, Object> input) {
        return Json.convert(input.get("segment"), Segment.class);
    }
}
