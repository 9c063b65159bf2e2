package dev.sluice.worker.enrich;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.record.RecordMessage;
import dev.sluice.common.record.SheetRecord;
import dev.sluice.common.spi.RecordWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch's records to the job's new sheet, each with its outcome applied: filled values
 * replace or add fields, fields the sheet gained stay empty on records that got no value, a record
 * with no data gets a warning, and one that failed gets an error message and becomes one of the
 * job's failed records ({@value #FAILED_CODE}). Every record is written, same row, whatever happened.
 */
public final class EnrichedRecords {

    /** The code of a record whose enrichment failed. */
    public static final String FAILED_CODE = "enrichment_failed";

    private final RecordWriter writer;
    private final String sheetId;
    private final List<String> fields;
    private final List<RecordError> failed = new ArrayList<>();
    private long written;

    /**
     * @param fields the new sheet's fields: the source's, then the filled ones it lacked
     */
    public EnrichedRecords(RecordWriter writer, String sheetId, List<String> fields) {
        this.writer = writer;
        this.sheetId = sheetId;
        this.fields = List.copyOf(fields);
    }

    public void write(SheetRecord record, Outcome outcome) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field, record.values().get(field)));
        record.values().forEach(values::putIfAbsent);
        List<RecordMessage> messages = new ArrayList<>(record.messages());
        if (outcome instanceof Outcome.Filled filled) {
            values.putAll(filled.values());
        } else if (outcome instanceof Outcome.NoData none) {
            messages.add(new RecordMessage(null, RecordMessage.Level.WARNING, none.message()));
        } else if (outcome instanceof Outcome.Failed failure) {
            messages.add(RecordMessage.error(null, failure.message()));
        }
        SheetRecord out = SheetRecord.of(sheetId, record.row(), values, messages);
        writer.write(out);
        written++;
        if (outcome instanceof Outcome.Failed failure) {
            failed.add(new RecordError(out.id(), out.row(), null, FAILED_CODE, failure.message(), record.values()));
        }
    }

    /** Records written so far. */
    public long written() {
        return written;
    }

    /** The records whose enrichment failed, one error each. */
    public List<RecordError> failed() {
        return List.copyOf(failed);
    }
}
