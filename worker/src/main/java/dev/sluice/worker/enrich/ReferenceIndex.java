package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.common.spi.DataAccess;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference sheet's rows by join key, holding only the fields a job fills. Where several rows
 * have the same key the first one wins; rows without a key are left out.
 */
final class ReferenceIndex {

    private final Map<String, Map<String, Object>> rows;

    private ReferenceIndex(Map<String, Map<String, Object>> rows) {
        this.rows = rows;
    }

    /** Reads the whole reference sheet; one larger than the lookup limit fails the batch for good. */
    static ReferenceIndex load(DataAccess data, Reference reference, List<String> fill) throws IOException, BatchFailure {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        long[] read = new long[1];
        data.readRecords(reference.sheetId(), reference.segments(), record -> {
            if (++read[0] > EnrichmentServices.MAX_LOOKUP_RECORDS) {
                return;
            }
            String key = Reference.joinKey(record.values().get(reference.key()));
            if (key != null && !rows.containsKey(key)) {
                Map<String, Object> values = new LinkedHashMap<>();
                fill.forEach(field -> values.put(field, record.values().get(field)));
                rows.put(key, values);
            }
        });
        if (read[0] > EnrichmentServices.MAX_LOOKUP_RECORDS) {
            throw new BatchFailure("reference sheet " + reference.sheetId() + " has more than "
                    + EnrichmentServices.MAX_LOOKUP_RECORDS + " records, more than a lookup holds", false);
        }
        return new ReferenceIndex(rows);
    }

    /** The fields of the row with this key, or null. */
    Map<String, Object> find(String key) {
        return rows.get(key);
    }

    int size() {
        return rows.size();
    }
}
