package dev.sluice.worker.handlers;

import dev.sluice.common.record.Segment;
import dev.sluice.common.spi.BatchFailure;
import dev.sluice.worker.enrich.Reference;
import java.util.List;

/**
 * What the coordinator's enrich planner gives a batch: either {@code service} and {@code callSize},
 * or {@code lookup}.
 *
 * @param sourceSheetId the sheet read
 * @param segment       the run of it this batch enriches
 * @param sheetId       the sheet written
 * @param fields        the written sheet's fields
 * @param enrich        the fields to fill
 * @param service       the HTTP service's name
 * @param callSize      records per call to it
 * @param lookup        the reference sheet and join, for a lookup
 */
record EnrichInput(String sourceSheetId, Segment segment, String sheetId, List<String> fields, List<String> enrich,
                   String service, Integer callSize, Reference lookup) {

    EnrichInput validated() throws BatchFailure {
        Inputs.require(sourceSheetId != null && segment != null, "segment", "and sourceSheetId are required");
        Inputs.require(sheetId != null && !sheetId.isBlank(), "sheetId", "is required");
        Inputs.require(fields != null && enrich != null && !enrich.isEmpty(), "enrich", "and fields are required");
        Inputs.require((lookup == null) != (service == null), "service", "or lookup is required, not both");
        Inputs.require(service == null || callSize != null, "callSize", "is required with a service");
        Inputs.require(lookup == null || lookup.sheetId() != null && lookup.key() != null && lookup.on() != null,
                "lookup", "needs sheetId, key and on");
        return this;
    }
}
