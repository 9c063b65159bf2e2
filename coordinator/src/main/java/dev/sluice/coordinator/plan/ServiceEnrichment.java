package dev.sluice.coordinator.plan;

import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import java.util.List;

/**
 * An {@code enrich-data} job's HTTP service, checked against the job: the fields asked for are
 * ones the service gives, the sheet has the fields it sends, and {@code config.batchSize} (records
 * per call; default the service's {@code maxBatch}) is within the service's limit.
 */
record ServiceEnrichment(EnrichmentService service, int callSize) {

    static ServiceEnrichment check(JobSpec spec, EnrichmentService service, List<String> fields, Workbook.Sheet sheet)
            throws InvalidRequestException {
        if (spec.config().containsKey("lookup")) {
            throw new InvalidRequestException("config.lookup", "applies to enrichmentService \"lookup\" only, not to "
                    + service.name());
        }
        EnrichFields.within(fields, service.gives(), "service " + service.name());
        for (String key : service.keyFields()) {
            if (!sheet.fields().contains(key)) {
                throw new InvalidRequestException("config.enrichmentService", "service " + service.name()
                        + " looks records up by " + service.keyFields() + ", and sheet " + sheet.id() + " has no field '"
                        + key + "'");
            }
        }
        int maxBatch = service.policy().maxBatch();
        int callSize = (int) ConfigKeys.whole(spec, "batchSize", Integer.MAX_VALUE, maxBatch);
        if (callSize > maxBatch) {
            throw new InvalidRequestException("config.batchSize", "service " + service.name() + " takes at most "
                    + maxBatch + " records per call, not " + callSize);
        }
        return new ServiceEnrichment(service, callSize);
    }
}
