package dev.sluice.worker.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What enrichment made of one record. */
public sealed interface Outcome {

    /** Values for some of the fields asked for; the others stay as they were. */
    record Filled(Map<String, Object> values) implements Outcome {
        public Filled {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The source knows nothing of the record (or it has no key): a warning, not an error. */
    record NoData(String message) implements Outcome {
    }

    /** The record could not be enriched (the call failed): an error; the record is still written. */
    record Failed(String message) implements Outcome {
    }
}
