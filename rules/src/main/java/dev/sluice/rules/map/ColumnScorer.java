package dev.sluice.rules.map;

import dev.sluice.rules.schema.FieldSchema;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * How well a source column's name fits a destination field, from 0 to 1. Both are first
 * {@link ColumnName normalised}; the field scores by the better of its key and its label.
 * <ol>
 *   <li>1.0 when the normalised names are equal ({@code E-Mail} and {@code email}).</li>
 *   <li>0.95 when both are in one {@link Synonyms} group ({@code Surname} and {@code last_name}).</li>
 *   <li>Otherwise {@code 0.9 × max(chars, words)}. {@code chars} is the mean of the Jaro-Winkler
 *       similarity and the edit similarity ({@code 1 - Damerau-Levenshtein distance / longer length},
 *       a swap of two letters being one edit) of the compact names; {@code words} is the Dice
 *       coefficient of their word sets ({@code 2·|common| / (|a| + |b|)}). The factor 0.9 keeps a
 *       lookalike below a synonym.
 *       Two names that both hold numbers and hold different ones score 0 ({@code address 1} is not
 *       {@code address 2}).</li>
 * </ol>
 * The formula leans towards leaving a column unmapped: a wrong mapping quietly moves data into the
 * wrong field, while an unmapped one is shown in the plan and fixed with {@code config.mapping}.
 * With the default confidence 0.8, {@code phones} maps to {@code phone} (0.81) and {@code Name First}
 * to {@code first_name} (0.9); {@code status} does not map to {@code state} (0.70), nor does the
 * typo {@code Emial} to {@code email} (0.79, which a confidence of 0.75 would accept).
 * {@link Strategy#EXACT} keeps rule 1 only.
 */
public final class ColumnScorer {

    /** Score of two names in one synonym group. */
    public static final double SYNONYM = 0.95;
    /** Ceiling of a similarity score. */
    public static final double SIMILAR = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance();

    private final Synonyms synonyms;

    public ColumnScorer(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** With the {@link Synonyms#standard() standard} synonyms. */
    public static ColumnScorer standard() {
        return new ColumnScorer(Synonyms.standard());
    }

    /** The score of {@code source} against the better of the field's key and label. */
    public double score(String source, FieldSchema field, Strategy strategy) {
        ColumnName name = ColumnName.of(source);
        return Math.max(score(name, ColumnName.of(field.key()), strategy),
                score(name, ColumnName.of(field.label()), strategy));
    }

    /** The score of two names. */
    public double score(String source, String destination, Strategy strategy) {
        return score(ColumnName.of(source), ColumnName.of(destination), strategy);
    }

    private double score(ColumnName a, ColumnName b, Strategy strategy) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.compact().equals(b.compact())) {
            return 1.0;
        }
        if (strategy == Strategy.EXACT) {
            return 0;
        }
        Optional<String> group = synonyms.groupOf(a);
        if (group.isPresent() && group.equals(synonyms.groupOf(b))) {
            return SYNONYM;
        }
        if (!a.digits().isEmpty() && !b.digits().isEmpty() && !a.digits().equals(b.digits())) {
            return 0;
        }
        return SIMILAR * Math.max(chars(a.compact(), b.compact()), words(a, b));
    }

    private static double chars(String a, String b) {
        double edits = 1.0 - (double) EDITS.apply(a, b) / Math.max(a.length(), b.length());
        return (JARO_WINKLER.apply(a, b) + edits) / 2;
    }

    private static double words(ColumnName a, ColumnName b) {
        Set<String> left = new HashSet<>(a.tokens());
        Set<String> right = new HashSet<>(b.tokens());
        int total = left.size() + right.size();
        left.retainAll(right);
        return 2.0 * left.size() / total;
    }
}
