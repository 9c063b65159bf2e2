package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Segment;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.schema.SchemaWorkbooks;
import dev.sluice.rules.schema.FieldSchema;
import dev.sluice.rules.schema.SheetSchema;
import dev.sluice.rules.validate.ValidateOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code workbook / validate-records}: checks every record of the source workbook's sheet against the
 * sheet's schema (the one {@code map} gave it) and business rules, as {@code config} says (see
 * {@link ValidateOptions}), writing a new workbook of the same rows with the messages stored on each
 * record. One batch per segment of the source sheet. Uniqueness spans the whole sheet: a batch also
 * reads the unique fields of the segments before its own.
 */
public class ValidateRecordsPlanner implements OperationPlanner {

    private static final Set<String> KEYS = Set.of("validateRequiredFields", "validateDataTypes",
            "validateBusinessRules", "rules", "dateOrder", "defaultRegion", "sheetId");

    @Override
    public String operation() {
        return "validate-records";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        SheetRewrite.Source source = SheetRewrite.source(spec, context, KEYS, Set.of(JobType.WORKBOOK, JobType.SHEET));
        Workbook.Sheet sheet = source.sheet();
        SheetSchema schema = SchemaWorkbooks.of(sheet).orElse(null);
        ValidateOptions.parse(Json.MAPPER.valueToTree(spec.config()), schema, sheet.fields()).validator(schema, sheet.fields());
        return SheetRewrite.perSegment(spec, sheet, SheetRewrite.outputs(context, source, sheet.fields()));
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        Workbook.Sheet sheet = SheetSource.planned(spec, context, spec.operation());
        Map<String, Object> input = SheetRewrite.input(sheet, plan, batch);
        boolean unique = SchemaWorkbooks.of(sheet).map(s -> s.fields().stream().anyMatch(FieldSchema::unique))
                .orElse(false);
        // Only a sheet with unique fields needs what the batches before this one hold.
        input.put("earlierSegments", unique ? sheet.segments().subList(0, batch) : List.<Segment>of());
        input.put("schema", sheet.schema());
        input.put("config", spec.config());
        return input;
    }
}
