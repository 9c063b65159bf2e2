package dev.sluice.rules.map;

import dev.sluice.common.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which source column goes to which destination field, as a {@code workbook / map} job shows it
 * in its result and {@link ColumnMapper#apply} uses it. Each column and each field is used at most once.
 *
 * @param mappings             source → destination with score, in source column order
 * @param unmappedSources      the columns that go nowhere, in order
 * @param unmappedDestinations the fields no column fills, in order
 */
public record MappingPlan(List<Mapping> mappings, List<String> unmappedSources, List<String> unmappedDestinations) {

    /** Where explicit mappings are in a job's request, for error messages. */
    public static final String CONFIG_PATH = "config.mapping";

    public MappingPlan {
        mappings = List.copyOf(mappings);
        unmappedSources = List.copyOf(unmappedSources);
        unmappedDestinations = List.copyOf(unmappedDestinations);
        if (mappings.stream().map(Mapping::source).distinct().count() != mappings.size()
                || mappings.stream().map(Mapping::destinationKey).distinct().count() != mappings.size()) {
            throw new IllegalArgumentException("a column or a field is mapped twice");
        }
    }

    /** The field {@code source} goes to, if any. */
    public Optional<String> destinationOf(String source) {
        return mappings.stream().filter(m -> m.source().equals(source)).map(Mapping::destinationKey).findFirst();
    }

    /**
     * This plan fixed by the user's {@code config.mapping}: each entry maps a source column to a
     * destination key with score 1, or, with a null or blank key, leaves the column unmapped. An
     * explicit mapping wins over an automatic one: a column that had automatically taken the
     * destination becomes unmapped. Mappings that stay keep their place; new ones come after them.
     *
     * @throws InvalidRequestException naming {@code config.mapping.<source>} when the source is not a
     *                                 column of the sheet, the destination not a field, or two entries
     *                                 name one destination
     */
    public MappingPlan withOverrides(Map<String, String> explicit) throws InvalidRequestException {
        Set<String> sources = new LinkedHashSet<>();
        mappings.forEach(m -> sources.add(m.source()));
        sources.addAll(unmappedSources);
        Set<String> destinations = new LinkedHashSet<>(unmappedDestinations);
        mappings.forEach(m -> destinations.add(m.destinationKey()));
        Map<String, String> claimed = checked(explicit, sources, destinations);

        Map<String, Mapping> kept = new LinkedHashMap<>();
        for (Mapping mapping : mappings) {
            if (!explicit.containsKey(mapping.source()) && !claimed.containsKey(mapping.destinationKey())) {
                kept.put(mapping.source(), mapping);
            }
        }
        claimed.forEach((destination, source) -> kept.put(source, new Mapping(source, destination, 1.0)));
        return rebuild(new ArrayList<>(kept.values()));
    }

    /** Destination → source of the explicit entries that map somewhere, once each checked. */
    private static Map<String, String> checked(Map<String, String> explicit, Set<String> sources,
                                               Set<String> destinations) throws InvalidRequestException {
        Map<String, String> claimed = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : explicit.entrySet()) {
            String path = CONFIG_PATH + "." + entry.getKey();
            if (!sources.contains(entry.getKey())) {
                throw new InvalidRequestException(path, "the sheet has no column '" + entry.getKey()
                        + "'; its columns are " + String.join(", ", sources));
            }
            String destination = entry.getValue();
            if (destination == null || destination.isBlank()) {
                continue;
            }
            if (!destinations.contains(destination)) {
                throw new InvalidRequestException(path, "the destination has no field '" + destination
                        + "'; its fields are " + String.join(", ", destinations));
            }
            String other = claimed.putIfAbsent(destination, entry.getKey());
            if (other != null) {
                throw new InvalidRequestException(path, "'" + other + "' is already mapped to '" + destination
                        + "'; a field takes one column");
            }
        }
        return claimed;
    }

    /** The new plan; columns and fields that lost their mapping join the unmapped after those that had none. */
    private MappingPlan rebuild(List<Mapping> mapped) {
        Set<String> mappedSources = new LinkedHashSet<>();
        Set<String> mappedDestinations = new LinkedHashSet<>();
        mapped.forEach(m -> {
            mappedSources.add(m.source());
            mappedDestinations.add(m.destinationKey());
        });
        List<String> freeSources = new ArrayList<>(unmappedSources);
        List<String> freeDestinations = new ArrayList<>(unmappedDestinations);
        mappings.forEach(m -> {
            freeSources.add(m.source());
            freeDestinations.add(m.destinationKey());
        });
        freeSources.removeIf(mappedSources::contains);
        freeDestinations.removeIf(mappedDestinations::contains);
        return new MappingPlan(mapped, freeSources, freeDestinations);
    }
}
