package dev.sluice.coordinator.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.rules.transform.Transformations;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code custom} (or {@code workbook}) / {@code transform}: applies {@code config.transformations}
 * ({@code [{field, operation, ...}]}, see the rules module) to every record of the source workbook's
 * sheet, writing a new workbook with one sheet of the same rows and fields. One batch per segment of
 * the source sheet, so batches run in parallel. An unknown operation or field is a 400 naming it.
 */
public class TransformPlanner implements OperationPlanner {

    private static final Set<String> KEYS = Set.of("transformations", "sheetId");

    @Override
    public String operation() {
        return "transform";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        SheetRewrite.Source source = SheetRewrite.source(spec, context, KEYS);
        transformations(spec, source.sheet());
        return SheetRewrite.perSegment(spec, source.sheet(), SheetRewrite.outputs(context, source, source.sheet().fields()));
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        Workbook.Sheet sheet = SheetSource.planned(spec, context, spec.operation());
        Map<String, Object> input = SheetRewrite.input(sheet, plan, batch);
        input.put("transformations", spec.config().get("transformations"));
        return input;
    }

    /** Checks the transformations against the sheet's fields: a 400 naming the step that is wrong. */
    static Transformations transformations(JobSpec spec, Workbook.Sheet sheet) throws InvalidRequestException {
        Object given = spec.config().get("transformations");
        if (given == null) {
            throw new InvalidRequestException(Transformations.CONFIG_PATH, "is required: the steps to apply");
        }
        JsonNode list = Json.MAPPER.valueToTree(given);
        return Transformations.parse(list, new LinkedHashSet<>(sheet.fields()));
    }
}
