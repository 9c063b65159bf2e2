package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.sluice.formats.json.JsonLimits;

/**
 * The Jackson setup for reading imports: strict JSON (no comments, no NaN, no single quotes: what
 * Jackson accepts by default) with {@link JsonLimits} as Jackson's own read constraints, so no single
 * string, number or nesting can grow past them before the reader looks.
 */
public final class Parsers {
    /** Digits in one number; a longer one is refused rather than held. */
    private static final int MAX_NUMBER_DIGITS = 1000;

    private Parsers() {
    }

    /** @param rootDepth the nesting above a row: 1 for the elements of an array, 0 for NDJSON lines */
    public static JsonFactory factory(JsonLimits limits, int rootDepth) {
        return new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + rootDepth)
                        .maxStringLength(limits.maxRowBytes())
                        .maxNameLength(limits.maxRowBytes())
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }
}
