package dev.sluice.worker.enrich;

import dev.sluice.common.record.SheetRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills records from a reference sheet: the row whose {@code key} equals the record's {@code on}
 * field gives its values. A record without a key, or whose key no row has, gets a warning.
 */
final class LookupEnricher implements Enricher {

    private static final int CHUNK = 256;

    private final ReferenceIndex index;
    private final Reference reference;

    LookupEnricher(ReferenceIndex index, Reference reference) {
        this.index = index;
        this.reference = reference;
    }

    @Override
    public int chunkSize() {
        return CHUNK;
    }

    @Override
    public List<Outcome> enrich(List<SheetRecord> records) {
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (SheetRecord record : records) {
            outcomes.add(outcome(record));
        }
        return outcomes;
    }

    private Outcome outcome(SheetRecord record) {
        String key = Reference.joinKey(record.values().get(reference.on()));
        if (key == null) {
            return new Outcome.NoData(reference.on() + " is blank; nothing to look up");
        }
        Map<String, Object> row = index.find(key);
        if (row == null) {
            return new Outcome.NoData("no row of sheet " + reference.sheetId() + " has " + reference.key() + " '" + key + "'");
        }
        return new Outcome.Filled(row);
    }
}
