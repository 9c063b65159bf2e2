package dev.sluice.formats.csv;

/** A CSV option that cannot be used; {@code field} names it as a config path such as {@code config.delimiter}. */
public final class CsvConfigException extends IllegalArgumentException {
    private final String field;

    public CsvConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The offending option, such as {@code config.encoding}. */
    public String field() {
        return field;
    }

    /** The message without the field prefix. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
