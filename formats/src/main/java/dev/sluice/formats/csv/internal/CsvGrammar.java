package dev.sluice.formats.csv.internal;

/**
 * The one transition table of Sluice's CSV dialect. {@code BoundaryScanner} walks it over bytes
 * and {@link RecordLexer} over characters, so the two cannot disagree on where a record ends.
 *
 * <p>A transition packs the next state (low three bits) and an action (the bits above).
 */
public final class CsvGrammar {
    /** Between records: nothing of the next record has been read yet. */
    public static final int START = 0;
    /** Between records, right after a CR: an LF here belongs to that CR. */
    public static final int AFTER_CR = 1;
    /** Inside a record, right after a delimiter. */
    public static final int FIELD = 2;
    public static final int UNQUOTED = 3;
    public static final int QUOTED = 4;
    /** A quote inside a quoted field: it closes the field, unless another quote follows. */
    public static final int QUOTE_SEEN = 5;
    public static final int STATES = 6;

    public static final int OTHER = 0;
    public static final int DELIMITER = 1;
    public static final int QUOTE = 2;
    public static final int CR = 3;
    public static final int LF = 4;
    private static final int CLASSES = 5;

    public static final int NONE = 0;
    public static final int APPEND = 1;
    public static final int OPEN_QUOTE = 2;
    public static final int END_FIELD = 3;
    public static final int END_RECORD = 4;

    private static final int[] TABLE = build();

    private CsvGrammar() {
    }

    public static int transition(int state, int characterClass) {
        return TABLE[state * CLASSES + characterClass];
    }

    public static int nextState(int transition) {
        return transition & 7;
    }

    public static int action(int transition) {
        return transition >>> 3;
    }

    /** Whether a record has begun: at end of input such a record is complete (or, when QUOTED, broken). */
    public static boolean inRecord(int state) {
        return state >= FIELD;
    }

    /** The class of a character, given the format's delimiter and quote. */
    public static int classOf(int c, int delimiter, int quote) {
        if (c == delimiter) {
            return DELIMITER;
        }
        if (c == quote) {
            return QUOTE;
        }
        return c == '\r' ? CR : c == '\n' ? LF : OTHER;
    }

    private static int[] build() {
        int[] table = new int[STATES * CLASSES];
        for (int state : new int[] {START, AFTER_CR, FIELD}) {
            put(table, state, OTHER, UNQUOTED, APPEND);
            put(table, state, DELIMITER, FIELD, END_FIELD);
            put(table, state, QUOTE, QUOTED, OPEN_QUOTE);
        }
        // A line break before anything of a record is an empty line: no record, no row.
        put(table, START, CR, AFTER_CR, NONE);
        put(table, START, LF, START, NONE);
        put(table, AFTER_CR, CR, AFTER_CR, NONE);
        put(table, AFTER_CR, LF, START, NONE);
        put(table, FIELD, CR, AFTER_CR, END_RECORD);
        put(table, FIELD, LF, START, END_RECORD);
        // A quote inside an unquoted field is an ordinary character.
        put(table, UNQUOTED, OTHER, UNQUOTED, APPEND);
        put(table, UNQUOTED, QUOTE, UNQUOTED, APPEND);
        put(table, UNQUOTED, DELIMITER, FIELD, END_FIELD);
        put(table, UNQUOTED, CR, AFTER_CR, END_RECORD);
        put(table, UNQUOTED, LF, START, END_RECORD);
        for (int c : new int[] {OTHER, DELIMITER, CR, LF}) {
            put(table, QUOTED, c, QUOTED, APPEND);
        }
        put(table, QUOTED, QUOTE, QUOTE_SEEN, NONE);
        put(table, QUOTE_SEEN, QUOTE, QUOTED, APPEND);
        put(table, QUOTE_SEEN, DELIMITER, FIELD, END_FIELD);
        put(table, QUOTE_SEEN, CR, AFTER_CR, END_RECORD);
        put(table, QUOTE_SEEN, LF, START, END_RECORD);
        // Text after a closing quote is kept as it is: "ab"cd reads as abcd.
        put(table, QUOTE_SEEN, OTHER, UNQUOTED, APPEND);
        return table;
    }

    private static void put(int[] table, int state, int characterClass, int next, int action) {
        table[state * CLASSES + characterClass] = next | action << 3;
    }
}
