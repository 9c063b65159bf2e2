package dev.sluice.common.record;

/**
 * A finding about a record or one of its fields.
 *
 * @param field the field it concerns, or null for the whole record
 */
public record RecordMessage(String field, Level level, String message) {

    public enum Level {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static RecordMessage error(String field, String message) {
        return new RecordMessage(field, Level.ERROR, message);
    }
}
