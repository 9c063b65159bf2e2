package dev.sluice.worker.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.enrich.EnrichmentService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a service's answer: element {@code i} of the array is about record {@code i} of the call. A
 * field's value is found in the element by the service's {@code responseFields} (a property name, or
 * a JSON pointer when it starts with {@code /}); text, numbers and booleans are kept as such, objects
 * and arrays as their JSON text. An element that is {@code null}, or holds none of the fields asked
 * for, means the service has no data for the record.
 */
final class ResponseMapper {

    private final EnrichmentService service;
    private final List<String> fill;

    ResponseMapper(EnrichmentService service, List<String> fill) {
        this.service = service;
        this.fill = List.copyOf(fill);
    }

    /** One outcome per record sent; an answer of the wrong length fails them all. */
    List<Outcome> map(JsonNode items, int sent) {
        if (items.size() != sent) {
            Outcome failed = new Outcome.Failed(service.name() + " answered " + items.size() + " items for " + sent
                    + " records");
            return java.util.Collections.nCopies(sent, failed);
        }
        List<Outcome> outcomes = new ArrayList<>(sent);
        for (int i = 0; i < sent; i++) {
            outcomes.add(outcome(items.get(i), i));
        }
        return outcomes;
    }

    private Outcome outcome(JsonNode item, int index) {
        if (item == null || item.isNull()) {
            return noData();
        }
        if (!item.isObject()) {
            return new Outcome.Failed(service.name() + " answered item " + index + " with a JSON "
                    + item.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fill) {
            String where = service.responseFields().get(field);
            JsonNode value = where.startsWith("/") ? item.at(where) : item.get(where);
            if (value != null && !value.isMissingNode() && !value.isNull()) {
                values.put(field, plain(value));
            }
        }
        return values.isEmpty() ? noData() : new Outcome.Filled(values);
    }

    private Outcome noData() {
        return new Outcome.NoData(service.name() + " has no data for this record");
    }

    private static Object plain(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.toString();
    }
}
