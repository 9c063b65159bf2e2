package dev.sluice.formats.xlsx.internal;

/**
 * What an XLSX cell can hold. Text goes into XML, which cannot carry most control characters (XML
 * 1.0 allows tab, LF and CR only) or unpaired surrogates; fastexcel would drop them silently, so the
 * writer refuses them instead. Excel opens no cell of more than 32,767 characters.
 */
public final class WriteChecks {
    /** Excel's limit on one cell's text. */
    public static final int MAX_CELL_CHARS = 32_767;

    private WriteChecks() {
    }

    /** Why {@code text} cannot be a cell, or null if it can. */
    public static String problemWith(String text) {
        if (text.length() > MAX_CELL_CHARS) {
            return text.length() + " characters, more than the " + MAX_CELL_CHARS + " a cell holds";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return String.format("the character U+%04X at position %d, which XML cannot hold", (int) c, i);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return "an unpaired surrogate at position " + i;
                }
            }
        }
        return null;
    }
}
