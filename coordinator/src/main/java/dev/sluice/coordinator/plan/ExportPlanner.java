package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code workbook / export}: writes a sheet's records to a new stored file. Config: {@code format}
 * ({@code json} default, {@code csv} or {@code xlsx}), {@code includeMetadata} (record id, validity and messages;
 * default false), {@code filterInvalidRecords} (leave out records with an error; default false), and
 * {@code sheetId} (which sheet; default the workbook's first). JSON and CSV are written in parts
 * at once, one batch per run of segments (see {@link ExportParts}), which the coordinator joins into
 * one file when the job completes (see {@code FileParts}); XLSX, or a sheet that makes one part, is
 * one batch that streams the whole sheet.
 */
public final class ExportPlanner implements OperationPlanner {

    private static final Set<String> KEYS = Set.of("format", "includeMetadata", "filterInvalidRecords", "sheetId");
    private static final Set<String> FORMATS = Set.of("json", "csv", "xlsx");
    /** The plan output that says how many parts the export's file is written in, when more than one. */
    public static final String FILE_PARTS = "fileParts";

    @Override
    public String operation() {
        return "export";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        if (spec.type() != JobType.WORKBOOK) {
            throw new InvalidRequestException("type", "operation export runs as type workbook, not " + spec.type());
        }
        ConfigKeys.onlyKnown(spec, KEYS);
        String format = ConfigKeys.text(spec, "format", "json");
        if (!FORMATS.contains(format)) {
            throw new InvalidRequestException("config.format", "'" + format + "' is not supported; use json, csv or xlsx");
        }
        ConfigKeys.bool(spec, "includeMetadata", false);
        ConfigKeys.bool(spec, "filterInvalidRecords", false);
        Workbook workbook = SheetSource.workbook(spec, context);
        Workbook.Sheet sheet = SheetSource.sheet(spec, workbook);
        String fileId = dev.sluice.coordinator.files.FileIds.forJob(context.jobId());
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("workbookId", workbook.id());
        outputs.put("sheetId", sheet.id());
        outputs.put("fileId", fileId);
        outputs.put("fileName", sheet.name() + "." + format);
        outputs.put("fileUrl", "/api/v1/files/" + fileId + "/content");
        int parts = parts(spec, sheet, format).size();
        if (parts > 1) {
            outputs.put(FILE_PARTS, parts);
        }
        return new BatchPlan(sheet.recordCount(), parts, spec.execution().batchSize(), outputs);
    }

    private static List<List<Segment>> parts(JobSpec spec, Workbook.Sheet sheet, String format) {
        if ("xlsx".equals(format)) {
            return List.of(sheet.segments());
        }
        return ExportParts.of(sheet.segments(), sheet.recordCount(), spec.execution().batchSize());
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        try {
            Workbook.Sheet sheet = SheetSource.sheet(spec, SheetSource.workbook(spec, context));
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("sheetId", sheet.id());
            input.put("fields", sheet.fields());
            String format = ConfigKeys.text(spec, "format", "json");
            boolean inParts = plan.outputs().get(FILE_PARTS) != null;
            input.put("segments", inParts ? parts(spec, sheet, format).get(batch) : sheet.segments());
            input.put("fileId", plan.outputs().get("fileId"));
            input.put("fileName", plan.outputs().get("fileName"));
            input.put("format", format);
            input.put("includeMetadata", ConfigKeys.bool(spec, "includeMetadata", false));
            input.put("filterInvalidRecords", ConfigKeys.bool(spec, "filterInvalidRecords", false));
            if (inParts) {
                input.put("part", batch);
            }
            return input;
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the workbook of a planned export is gone: " + e.getMessage(), e);
        }
    }
}
