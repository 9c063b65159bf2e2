package dev.sluice.coordinator.plan;

import dev.sluice.common.job.JobSpec;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import java.util.List;

/**
 * The sheet a workbook job reads: its {@code source} workbook, which must be ready, and
 * {@code config.sheetId} or the workbook's first sheet.
 */
final class SheetSource {

    private SheetSource() {
    }

    static Workbook workbook(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        String id = ConfigKeys.requiredSource(spec, "workbook");
        Workbook workbook = context.workbook(id).orElseThrow(() -> new InvalidRequestException("source",
                "no workbook '" + id + "'"));
        if (Workbook.EXTRACTING.equals(workbook.status())) {
            throw InvalidRequestException.notReady("source", "workbook " + id + " is " + workbook.status()
                    + "; use it once the job that writes it has completed");
        }
        if (!Workbook.READY.equals(workbook.status())) {
            throw new InvalidRequestException("source", "workbook " + id + " is " + workbook.status()
                    + "; its records are incomplete");
        }
        return workbook;
    }

    static Workbook.Sheet sheet(JobSpec spec, Workbook workbook) throws InvalidRequestException {
        String wanted = ConfigKeys.text(spec, "sheetId", null);
        List<Workbook.Sheet> sheets = workbook.sheets();
        if (wanted == null) {
            if (sheets.isEmpty()) {
                throw new InvalidRequestException("source", "workbook " + workbook.id() + " has no sheets");
            }
            return sheets.get(0);
        }
        return sheets.stream().filter(s -> s.id().equals(wanted)).findFirst().orElseThrow(() ->
                new InvalidRequestException("config.sheetId", "workbook " + workbook.id() + " has no sheet '" + wanted + "'"));
    }

    /** The sheet a planned job reads, or an error saying it is gone. */
    static Workbook.Sheet planned(JobSpec spec, PlanningContext context, String what) {
        try {
            return sheet(spec, workbook(spec, context));
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("the workbook of a planned " + what + " is gone: " + e.getMessage(), e);
        }
    }
}
