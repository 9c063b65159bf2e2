package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.plan.csv.CsvExtract;
import java.util.Map;

/**
 * {@code file / extract}: parses a stored CSV file into a new workbook with one sheet, in parallel:
 * each batch is a byte range of the file that starts on a record boundary and holds at least
 * {@code config.batchSize} rows (ranges are cut at 512 KiB granularity). Config: {@code delimiter},
 * {@code encoding}, {@code headers}, {@code skipRows}, {@code quote}, as the formats module reads them.
 */
public final class ExtractPlanner implements OperationPlanner {

    @Override
    public String operation() {
        return "extract";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        if (spec.type() != JobType.FILE) {
            throw new InvalidRequestException("type", "operation extract runs as type file, not " + spec.type());
        }
        ConfigKeys.onlyKnown(spec, dev.sluice.formats.csv.CsvFormat.CONFIG_KEYS);
        return CsvExtract.plan(spec, file(spec, context), context.jobId());
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        try {
            return CsvExtract.batchInput(spec, file(spec, context), plan, batch);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the file of a planned extract is gone: " + e.getMessage(), e);
        }
    }

    private static FileMeta file(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        String id = ConfigKeys.requiredSource(spec, "file");
        return context.file(id).orElseThrow(() -> new InvalidRequestException("source",
                "no file '" + id + "'; upload it first with POST /api/v1/files"));
    }
}
