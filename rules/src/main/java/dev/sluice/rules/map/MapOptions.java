package dev.sluice.rules.map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.rules.internal.JsonReads;
import dev.sluice.rules.schema.FieldSchema;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping settings of a {@code workbook / map} job's config:
 * {@code {autoMap: true, confidence: 0.8, strategy: "fuzzy", mapping: {"E-mail": "email", "Notes": null}}}.
 * Other config fields belong to the job and are left alone.
 *
 * @param autoMap    score and map columns automatically; when false only {@code mapping} maps. Default true
 * @param confidence the lowest score that maps automatically, 0 to 1. Default {@value #DEFAULT_CONFIDENCE}
 * @param strategy   {@code fuzzy} (the default) or {@code exact}
 * @param mapping    explicit source column → destination key, a null key leaving the column unmapped;
 *                   see {@link MappingPlan#withOverrides}
 */
public record MapOptions(boolean autoMap, double confidence, Strategy strategy, Map<String, String> mapping) {

    public static final double DEFAULT_CONFIDENCE = 0.8;

    public MapOptions {
        // Not Map.copyOf: a null destination is meaningful (leave the column unmapped).
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    public static MapOptions parse(JsonNode config) throws InvalidRequestException {
        JsonReads.object(config, "config");
        return new MapOptions(
                JsonReads.bool(config, "autoMap", "config.autoMap", true),
                JsonReads.fraction(config, "confidence", "config.confidence", DEFAULT_CONFIDENCE),
                strategy(config),
                mapping(config));
    }

    /** The plan for {@code sourceColumns} onto {@code destination} under these options. */
    public MappingPlan plan(List<String> sourceColumns, List<FieldSchema> destination) throws InvalidRequestException {
        MappingPlan base = autoMap
                ? ColumnMapper.plan(sourceColumns, destination, strategy, confidence)
                : ColumnMapper.unmapped(sourceColumns, destination);
        return base.withOverrides(mapping);
    }

    private static Strategy strategy(JsonNode config) throws InvalidRequestException {
        String name = JsonReads.text(config, "strategy", "config.strategy");
        if (name == null) {
            return Strategy.FUZZY;
        }
        Strategy strategy = Strategy.fromWire(name);
        if (strategy == null) {
            throw new InvalidRequestException("config.strategy", "unknown strategy '" + name + "'; use fuzzy or exact");
        }
        return strategy;
    }

    private static Map<String, String> mapping(JsonNode config) throws InvalidRequestException {
        JsonNode node = config.get("mapping");
        Map<String, String> mapping = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return mapping;
        }
        if (!node.isObject()) {
            throw new InvalidRequestException(MappingPlan.CONFIG_PATH,
                    "must be an object of source column → field key");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode target = entry.getValue();
            if (!target.isNull() && !target.isTextual()) {
                throw new InvalidRequestException(MappingPlan.CONFIG_PATH + "." + entry.getKey(),
                        "must be a field key, or null to leave the column unmapped");
            }
            mapping.put(entry.getKey(), target.isNull() ? null : target.asText());
        }
        return mapping;
    }
}
