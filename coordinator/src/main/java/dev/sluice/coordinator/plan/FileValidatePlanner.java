package dev.sluice.coordinator.plan;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code file / validate}: checks a stored file ({@code source}) by its content, in one batch: its
 * size against {@code config.maxFileSize}, its type (told by magic bytes and structure, never by
 * its name) against {@code config.allowedTypes}, and, with {@code config.scanForViruses}, a virus
 * scan by the worker's ClamAV daemon. The config is checked here (see {@link FileChecks}); the
 * verdict is the worker's: a file that fails a check fails the job with {@code invalid_input}.
 */
public final class FileValidatePlanner implements OperationPlanner {

    /** {@code workbook / validate}, as the guide also writes it, validates a workbook's records. */
    private static final ValidateRecordsPlanner RECORDS = new ValidateRecordsPlanner();

    @Override
    public String operation() {
        return "validate";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        if (spec.type() == JobType.WORKBOOK || spec.type() == JobType.SHEET) {
            return RECORDS.plan(spec, context);
        }
        if (spec.type() != JobType.FILE) {
            throw new InvalidRequestException("type", "operation validate runs as type file (the file's size, type and "
                    + "viruses) or workbook (its records, as validate-records), not " + spec.type().wireName());
        }
        FileChecks.of(spec);
        FileMeta file = FileSource.file(spec, context);
        return BatchPlan.single(spec.execution().batchSize()).withOutputs(Map.of("fileId", file.id()));
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        if (spec.type() != JobType.FILE) {
            return RECORDS.batchInput(spec, plan, batch, context);
        }
        try {
            FileChecks checks = FileChecks.of(spec);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("file", FileSource.asInput(FileSource.file(spec, context)));
            input.put("maxFileSize", checks.maxFileSize());
            input.put("allowedTypes", checks.allowedTypes());
            input.put("scanForViruses", checks.scanForViruses());
            return input;
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the file of a planned validate is gone: " + e.getMessage(), e);
        }
    }
}
