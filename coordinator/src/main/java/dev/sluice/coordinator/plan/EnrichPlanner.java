package dev.sluice.coordinator.plan;

import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code custom} (or {@code workbook}) / {@code enrich-data}: fills {@code config.fields} of every
 * record of the source workbook's sheet from {@code config.enrichmentService}, an HTTP service of
 * the deployment's services file (see {@link EnrichmentServices}) or the built-in {@code lookup} on a
 * reference sheet, writing a new workbook with one sheet of the same rows plus the filled fields. One
 * batch per segment of the source sheet, so batches run in parallel; {@code config.batchSize} is the
 * number of records per service call. Every mistake is a 400 naming the config key.
 */
public class EnrichPlanner implements OperationPlanner {

    private static final Set<String> KEYS = Set.of("enrichmentService", "fields", "lookup", "sheetId");

    private final EnrichmentServices services;

    /** A planner for the services this coordinator is configured with ({@link EnrichmentServices#configured()}). */
    public EnrichPlanner() {
        this(EnrichmentServices.configured());
    }

    public EnrichPlanner(EnrichmentServices services) {
        this.services = services;
    }

    @Override
    public String operation() {
        return "enrich-data";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        SheetRewrite.Source source = SheetRewrite.source(spec, context, KEYS);
        Workbook.Sheet sheet = source.sheet();
        List<String> fields = EnrichFields.parse(spec);
        Map<String, Object> outputs = SheetRewrite.outputs(context, source, EnrichFields.written(sheet.fields(), fields));
        String name = ConfigKeys.text(spec, "enrichmentService", null);
        if (name == null) {
            throw new InvalidRequestException("config.enrichmentService", "is required: one of " + choices());
        }
        outputs.put("enrichmentService", name);
        if (EnrichmentServices.LOOKUP.equals(name)) {
            LookupEnrichment.check(spec, fields, sheet, context);
        } else {
            EnrichmentService service = services.find(name).orElseThrow(() -> new InvalidRequestException(
                    "config.enrichmentService", "no enrichment service '" + name + "'; configured: " + choices()));
            outputs.put("callSize", ServiceEnrichment.check(spec, service, fields, sheet).callSize());
        }
        return SheetRewrite.perSegment(spec, sheet, outputs);
    }

    /**
     * The batch's segment, and where its values come from: the service's name and the call size the
     * plan chose (so that a coordinator restarted with another services file dispatches what was
     * planned), or the reference sheet, which the lookup reads as it is now.
     */
    @Override
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        Workbook.Sheet sheet = SheetSource.planned(spec, context, spec.operation());
        Map<String, Object> input = SheetRewrite.input(sheet, plan, batch);
        try {
            List<String> fields = EnrichFields.parse(spec);
            input.put("enrich", fields);
            if (EnrichmentServices.LOOKUP.equals(plan.outputs().get("enrichmentService"))) {
                input.putAll(LookupEnrichment.check(spec, fields, sheet, context).input());
            } else {
                input.put("service", plan.outputs().get("enrichmentService"));
                input.put("callSize", plan.outputs().get("callSize"));
            }
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the enrichment of a planned " + spec.operation() + " no longer fits: "
                    + e.getMessage(), e);
        }
        return input;
    }

    private Set<String> choices() {
        Set<String> names = new TreeSet<>(services.names());
        names.add(EnrichmentServices.LOOKUP);
        return names;
    }
}
