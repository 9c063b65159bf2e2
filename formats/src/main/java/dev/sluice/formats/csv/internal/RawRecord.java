package dev.sluice.formats.csv.internal;

import java.util.List;

/**
 * One non-empty record as the lexer read it.
 *
 * @param unclosedQuoteAt the offset of a quote that the input ended inside of, or -1; then {@code fields} is empty
 */
public record RawRecord(long byteOffset, List<String> fields, long unclosedQuoteAt) {

    public boolean unclosed() {
        return unclosedQuoteAt >= 0;
    }
}
