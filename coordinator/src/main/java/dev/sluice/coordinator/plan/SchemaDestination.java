package dev.sluice.coordinator.plan;

import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import dev.sluice.coordinator.schema.SchemaWorkbooks;
import dev.sluice.rules.schema.SheetSchema;

/**
 * The schema a {@code map} job maps into: a sheet of its {@code destination} workbook (one that
 * {@code POST /api/v1/workbooks} created), {@code config.destinationSheet} (a sheet key) or the first.
 *
 * @param sheet  the destination sheet, whose schema the mapped records take
 * @param schema its parsed schema
 */
record SchemaDestination(Workbook workbook, Workbook.Sheet sheet, SheetSchema schema) {

    static SchemaDestination of(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        String id = spec.destination();
        if (id == null) {
            throw new InvalidRequestException("destination", "is required: the id of the schema workbook to map into "
                    + "(create one with POST /api/v1/workbooks)");
        }
        Workbook workbook = context.workbook(id).orElseThrow(() ->
                new InvalidRequestException("destination", "no workbook '" + id + "'"));
        String wanted = ConfigKeys.text(spec, "destinationSheet", null);
        for (Workbook.Sheet sheet : workbook.sheets()) {
            SheetSchema schema = SchemaWorkbooks.of(sheet).orElse(null);
            if (schema != null && (wanted == null || wanted.equals(schema.key()))) {
                return new SchemaDestination(workbook, sheet, schema);
            }
            if (schema == null && wanted == null) {
                break;
            }
        }
        if (wanted != null) {
            throw new InvalidRequestException("config.destinationSheet", "workbook " + id + " has no schema sheet '"
                    + wanted + "'");
        }
        throw new InvalidRequestException("destination", "workbook " + id + " has no schema; map into a workbook "
                + "created with POST /api/v1/workbooks");
    }
}
