package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.rules.map.MapOptions;
import dev.sluice.rules.map.MappingPlan;
import java.util.Map;
import java.util.Set;

/**
 * {@code workbook / map}: maps the columns of the source workbook's sheet onto the fields of the
 * {@code destination} schema ({@code config: {autoMap, confidence, strategy, mapping}}, see the rules
 * module). The plan is made once, here, and shown in the job's output; each batch (one per segment
 * of the source sheet) moves its records' values under their field keys into a new workbook whose
 * sheet carries the destination's schema, ready for {@code validate-records}.
 */
public class MapPlanner implements OperationPlanner {

    private static final Set<String> KEYS = Set.of("autoMap", "confidence", "strategy", "mapping", "sheetId",
            "destinationSheet");

    @Override
    public String operation() {
        return "map";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        SheetRewrite.Source source = SheetRewrite.source(spec, context, KEYS, Set.of(JobType.WORKBOOK));
        Workbook.Sheet sheet = source.sheet();
        SchemaDestination destination = SchemaDestination.of(spec, context);
        MappingPlan mapping = MapOptions.parse(Json.MAPPER.valueToTree(spec.config()))
                .plan(sheet.fields(), destination.schema().fields());
        Map<String, Object> outputs = SheetRewrite.outputs(context, source, destination.sheet().name(),
                destination.sheet().fields(), destination.sheet().schema());
        outputs.put("destinationWorkbookId", destination.workbook().id());
        outputs.put("destinationSheetId", destination.sheet().id());
        outputs.put("mapping", Json.convert(mapping, Map.class));
        return SheetRewrite.perSegment(spec, sheet, outputs);
    }

    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        Map<String, Object> input = SheetRewrite.input(SheetSource.planned(spec, context, "map"), plan, batch);
        input.put("mapping", plan.outputs().get("mapping"));
        return input;
    }
}
