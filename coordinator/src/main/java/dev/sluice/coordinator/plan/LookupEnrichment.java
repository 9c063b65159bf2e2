package dev.sluice.coordinator.plan;

import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.Workbook;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.PlanningContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code enrichmentService: "lookup"}: fills fields from a reference sheet instead of a service, by
 * a join on a key. {@code config.lookup} is {@code {workbookId, sheetId?, key, on?}}: the reference
 * workbook (ready) and sheet (default its first), the reference field that holds the key, and the
 * source field that holds it ({@code on}, default the same name as {@code key}). Each worker holds
 * the reference sheet's key → fields map in memory, so the sheet may have at most
 * {@link EnrichmentServices#MAX_LOOKUP_RECORDS} records.
 */
record LookupEnrichment(Workbook.Sheet reference, String key, String on) {

    private static final String PATH = "config.lookup";
    private static final Set<String> KEYS = Set.of("workbookId", "sheetId", "key", "on");

    static LookupEnrichment check(JobSpec spec, List<String> fields, Workbook.Sheet source, PlanningContext context)
            throws InvalidRequestException {
        if (spec.config().containsKey("batchSize")) {
            throw new InvalidRequestException("config.batchSize", "a lookup makes no calls to batch; its batches are "
                    + "the source sheet's stored runs");
        }
        if (!(spec.config().get("lookup") instanceof Map<?, ?> lookup)) {
            throw new InvalidRequestException(PATH, "is required with enrichmentService \""
                    + EnrichmentServices.LOOKUP + "\": {workbookId, sheetId?, key, on?}");
        }
        for (Object name : lookup.keySet()) {
            if (!KEYS.contains(name)) {
                throw new InvalidRequestException(PATH + "." + name, "unknown key; lookup takes " + new java.util.TreeSet<>(KEYS));
            }
        }
        String workbookId = text(lookup, "workbookId", true);
        Workbook workbook = SheetSource.ready(workbookId, PATH + ".workbookId", context);
        Workbook.Sheet reference = SheetSource.pick(workbook, text(lookup, "sheetId", false), PATH + ".workbookId",
                PATH + ".sheetId");
        if (reference.recordCount() > EnrichmentServices.MAX_LOOKUP_RECORDS) {
            throw new InvalidRequestException(PATH + ".workbookId", "sheet " + reference.id() + " has "
                    + reference.recordCount() + " records; a lookup holds at most " + EnrichmentServices.MAX_LOOKUP_RECORDS + " in memory");
        }
        String key = text(lookup, "key", true);
        if (!reference.fields().contains(key)) {
            throw new InvalidRequestException(PATH + ".key", "sheet " + reference.id() + " has no field '" + key + "'");
        }
        String on = text(lookup, "on", false);
        on = on == null ? key : on;
        if (!source.fields().contains(on)) {
            throw new InvalidRequestException(PATH + ".on", "sheet " + source.id() + " has no field '" + on + "'"
                    + (lookup.containsKey("on") ? "" : "; name the source field that holds the key in " + PATH + ".on"));
        }
        EnrichFields.within(fields, Set.copyOf(reference.fields()), "reference sheet " + reference.id());
        return new LookupEnrichment(reference, key, on);
    }

    /** What each batch's task says about the reference: the sheet, where its records are, and the join. */
    Map<String, Object> input() {
        Map<String, Object> lookup = new LinkedHashMap<>();
        lookup.put("sheetId", reference.id());
        lookup.put("segments", reference.segments().stream().map(s -> Json.convert(s, Map.class)).toList());
        lookup.put("key", key);
        lookup.put("on", on);
        return Map.of("lookup", lookup);
    }

    private static String text(Map<?, ?> lookup, String name, boolean required) throws InvalidRequestException {
        Object value = lookup.get(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new InvalidRequestException(PATH + "." + name, required ? "is required: a non-empty string"
                    : "must be a non-empty string");
        }
        return text;
    }
}
