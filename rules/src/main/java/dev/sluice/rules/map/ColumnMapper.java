package dev.sluice.rules.map;

import dev.sluice.rules.schema.FieldSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Maps an extracted sheet's columns onto a schema sheet's fields, for a {@code workbook / map} job.
 * Every source column is {@link ColumnScorer scored} against every destination field; then,
 * greedily, the best remaining pair is taken while its score reaches the confidence, each column
 * and each field being used once. Ties go to the earlier column, then the earlier field, so the
 * plan is the same on every run.
 */
public final class ColumnMapper {

    private ColumnMapper() {
    }

    /** {@link #plan(List, List, Strategy, double, ColumnScorer)} with the standard synonyms. */
    public static MappingPlan plan(List<String> sourceColumns, List<FieldSchema> destination, Strategy strategy,
                                   double confidence) {
        return plan(sourceColumns, destination, strategy, confidence, ColumnScorer.standard());
    }

    /**
     * @param sourceColumns the extracted sheet's column names, in order; a repeated name counts once
     * @param destination   the schema sheet's fields, in order
     * @param confidence    the lowest score that maps, 0 to 1; the job's default is 0.8
     */
    public static MappingPlan plan(List<String> sourceColumns, List<FieldSchema> destination, Strategy strategy,
                                   double confidence, ColumnScorer scorer) {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        List<String> sources = List.copyOf(new LinkedHashSet<>(sourceColumns));
        Map<String, Mapping> bySource = new HashMap<>();
        Map<String, Mapping> byDestination = new HashMap<>();
        for (Candidate candidate : candidates(sources, destination, strategy, confidence, scorer)) {
            if (!bySource.containsKey(candidate.mapping().source())
                    && !byDestination.containsKey(candidate.mapping().destinationKey())) {
                bySource.put(candidate.mapping().source(), candidate.mapping());
                byDestination.put(candidate.mapping().destinationKey(), candidate.mapping());
            }
        }
        return planOf(sources, destination, bySource, byDestination);
    }

    /** A plan that maps nothing, for {@code autoMap: false}; {@code config.mapping} then does all the mapping. */
    public static MappingPlan unmapped(List<String> sourceColumns, List<FieldSchema> destination) {
        return planOf(List.copyOf(new LinkedHashSet<>(sourceColumns)), destination, Map.of(), Map.of());
    }

    /**
     * The destination record: each mapped source column's value under its field's key, in the
     * order of the plan's mappings. Unmapped columns are dropped and unmapped fields left out.
     */
    public static Map<String, Object> apply(MappingPlan plan, Map<String, Object> record) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        for (Mapping mapping : plan.mappings()) {
            mapped.put(mapping.destinationKey(), record.get(mapping.source()));
        }
        return mapped;
    }

    private record Candidate(Mapping mapping, int sourceIndex, int destinationIndex) {
    }

    private static List<Candidate> candidates(List<String> sources, List<FieldSchema> destination, Strategy strategy,
                                              double confidence, ColumnScorer scorer) {
        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            for (int d = 0; d < destination.size(); d++) {
                double score = scorer.score(sources.get(s), destination.get(d), strategy);
                if (score > 0 && score >= confidence) {
                    candidates.add(new Candidate(new Mapping(sources.get(s), destination.get(d).key(), score), s, d));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.mapping().score())
                .thenComparingInt(Candidate::sourceIndex)
                .thenComparingInt(Candidate::destinationIndex));
        return candidates;
    }

    private static MappingPlan planOf(List<String> sources, List<FieldSchema> destination,
                                      Map<String, Mapping> bySource, Map<String, Mapping> byDestination) {
        List<Mapping> mappings = new ArrayList<>();
        List<String> unmappedSources = new ArrayList<>();
        for (String source : sources) {
            if (bySource.containsKey(source)) {
                mappings.add(bySource.get(source));
            } else {
                unmappedSources.add(source);
            }
        }
        List<String> unmappedDestinations = destination.stream()
                .map(FieldSchema::key)
                .filter(key -> !byDestination.containsKey(key))
                .toList();
        return new MappingPlan(mappings, unmappedSources, unmappedDestinations);
    }
}
