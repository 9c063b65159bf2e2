package dev.sluice.rules.map;

/**
 * One source column mapped onto one destination field.
 *
 * @param source         the column's name in the extracted sheet
 * @param destinationKey the key of the destination field
 * @param score          how sure the mapping is, 0 to 1; 1 for an explicit mapping from {@code config.mapping}
 */
public record Mapping(String source, String destinationKey, double score) {

    public Mapping {
        if (source == null || destinationKey == null || score < 0 || score > 1) {
            throw new IllegalArgumentException("a mapping needs a source, a destination and a score in [0, 1]");
        }
    }
}
