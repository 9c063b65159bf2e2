package dev.sluice.coordinator.plan;

import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code config.fields} of an {@code enrich-data} job: the fields to fill, each named once. */
final class EnrichFields {

    static final String PATH = "config.fields";

    private EnrichFields() {
    }

    static List<String> parse(JobSpec spec) throws InvalidRequestException {
        if (!(spec.config().get("fields") instanceof List<?> given) || given.isEmpty()) {
            throw new InvalidRequestException(PATH, "is required: a non-empty array of the fields to fill");
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!(given.get(i) instanceof String field) || field.isBlank()) {
                throw new InvalidRequestException(PATH + "[" + i + "]", "must be a field name");
            }
            if (fields.contains(field)) {
                throw new InvalidRequestException(PATH + "[" + i + "]", "'" + field + "' is named twice");
            }
            fields.add(field);
        }
        return fields;
    }

    /** Refuses the first field that {@code available} lacks, saying where the fields come from. */
    static void within(List<String> fields, Set<String> available, String from) throws InvalidRequestException {
        for (int i = 0; i < fields.size(); i++) {
            if (!available.contains(fields.get(i))) {
                throw new InvalidRequestException(PATH + "[" + i + "]", from + " gives " + new java.util.TreeSet<>(available)
                        + ", not '" + fields.get(i) + "'");
            }
        }
    }

    /** The written sheet's fields: the source's, then the filled ones it lacked. */
    static List<String> written(List<String> source, List<String> filled) {
        Set<String> all = new LinkedHashSet<>(source);
        all.addAll(filled);
        return List.copyOf(all);
    }
}
