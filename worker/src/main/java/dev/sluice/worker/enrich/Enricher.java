package dev.sluice.worker.enrich;

import dev.sluice.common.record.SheetRecord;
import java.util.List;

/** Fills the fields of records, a chunk at a time: from a service ({@link ServiceEnricher}) or a reference sheet ({@link LookupEnricher}). */
public interface Enricher {

    /** The most records {@link #enrich} takes at once. */
    int chunkSize();

    /** One outcome per record, in order. */
    List<Outcome> enrich(List<SheetRecord> records) throws InterruptedException;

    /** A line for the job's log about what went wrong along the way (retries, failed calls), or null when nothing did. */
    default String trouble() {
        return null;
    }
}
