package dev.sluice.rules.map;

import java.util.Locale;

/** How {@link ColumnMapper} matches a source column to a destination field. */
public enum Strategy {
    /** Normalised names, synonyms and string similarity; see {@link ColumnScorer}. */
    FUZZY,
    /** Only names equal after normalisation (case, punctuation, spacing, camelCase) match, with score 1. */
    EXACT;

    /** The strategy named {@code name} (case-insensitive), or null when there is none. */
    public static Strategy fromWire(String name) {
        for (Strategy strategy : values()) {
            if (strategy.name().equalsIgnoreCase(name)) {
                return strategy;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
