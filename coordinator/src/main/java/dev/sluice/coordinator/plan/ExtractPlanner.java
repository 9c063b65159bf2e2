package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.plan.extract.ExtractFormat;
import dev.sluice.coordinator.plan.extract.Extracts;
import dev.sluice.coordinator.plan.extract.FormatChoice;
import java.util.Map;

/**
 * {@code file / extract}: reads a stored CSV, XLSX or JSON file into a new workbook, in parallel.
 * The format is told by the file's content, or named by {@code config.format} (see
 * {@link FormatChoice}). CSV and NDJSON are cut into byte ranges on record boundaries, each holding at
 * least {@code config.batchSize} rows (ranges are cut at 512 KiB granularity); an xlsx workbook is one
 * batch per sheet, a JSON array one batch. CSV config: {@code delimiter}, {@code encoding},
 * {@code headers}, {@code skipRows}, {@code quote}, as the formats module reads them; xlsx:
 * {@code headers}.
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
        ConfigKeys.onlyKnown(spec, ExtractFormat.allKeys());
        FileMeta file = file(spec, context);
        ExtractFormat format = FormatChoice.of(spec, file);
        return Extracts.plan(format, spec, file, context.jobId());
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        try {
            FileMeta file = file(spec, context);
            return Extracts.batchInput(ExtractFormat.planned(plan.outputs()), spec, file, plan, batch);
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
