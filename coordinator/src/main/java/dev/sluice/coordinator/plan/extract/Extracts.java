package dev.sluice.coordinator.plan.extract;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.coordinator.plan.csv.CsvExtract;
import java.util.Map;

/** Each format's plan, and the input of each of its batches. */
public final class Extracts {

    private Extracts() {
    }

    public static BatchPlan plan(ExtractFormat format, JobSpec spec, FileMeta file, String jobId) throws InvalidRequestException {
        return switch (format) {
            case XLSX -> XlsxExtract.plan(spec, file, jobId);
            case JSON -> JsonExtract.plan(spec, file, jobId);
            case CSV -> CsvExtract.plan(spec, file, jobId);
        };
    }

    public static Map<String, Object> batchInput(ExtractFormat format, JobSpec spec, FileMeta file, BatchPlan plan, int batch)
            throws InvalidRequestException {
        return switch (format) {
            case XLSX -> XlsxExtract.batchInput(spec, file, plan, batch);
            case JSON -> JsonExtract.batchInput(file, plan, batch);
            case CSV -> CsvExtract.batchInput(spec, file, plan, batch);
        };
    }
}
