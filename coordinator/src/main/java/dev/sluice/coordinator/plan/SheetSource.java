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
        return ready(ConfigKeys.requiredSource(spec, "workbook"), "source", context);
    }

    /** The ready workbook {@code id}, which the request names in {@code field}. */
    static Workbook ready(String id, String field, PlanningContext context) throws InvalidRequestException {
        Workbook workbook = context.workbook(id).orElseThrow(() -> new InvalidRequestException(field,
                "no workbook '" + id + "'"));
        if (Workbook.EXTRACTING.equals(workbook.status())) {
            throw InvalidRequestException.notReady(field, "workbook " + id + " is " + workbook.status()
                    + "; use it once the job that writes it has completed");
        }
        if (!Workbook.READY.equals(workbook.status())) {
            throw new InvalidRequestException(field, "workbook " + id + " is " + workbook.status()
                    + "; its records are incomplete");
        }
        return workbook;
    }

    static Workbook.Sheet sheet(JobSpec spec, Workbook workbook) throws InvalidRequestException {
        return pick(workbook, ConfigKeys.text(spec, "sheetId", null), "source", "config.sheetId");
    }

    /**
     * Sheet {@code wanted} of the workbook, or its first sheet when {@code wanted} is null; the
     * request names the workbook in {@code workbookField} and the sheet in {@code sheetField}.
     */
    static Workbook.Sheet pick(Workbook workbook, String wanted, String workbookField, String sheetField)
            throws InvalidRequestException {
        List<Workbook.Sheet> sheets = workbook.sheets();
        if (wanted == null) {
            if (sheets.isEmpty()) {
                throw new InvalidRequestException(workbookField, "workbook " + workbook.id() + " has no sheets");
            }
            return sheets.get(0);
        }
        return sheets.stream().filter(s -> s.id().equals(wanted)).findFirst().orElseThrow(() ->
                new InvalidRequestException(sheetField, "workbook " + workbook.id() + " has no sheet '" + wanted + "'"));
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
