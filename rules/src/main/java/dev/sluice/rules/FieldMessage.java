package dev.sluice.rules;

import dev.sluice.common.error.RecordError;
import dev.sluice.common.record.RecordMessage;
import java.util.Map;

/**
 * One finding about a record: a type check, a business rule or a transformation that did not go
 * through. It carries a {@code code} for programs besides the message for people, so that a handler
 * can count findings by kind and turn them into the record's messages or into job errors.
 *
 * @param field   the field it concerns, or null when it concerns the record as a whole
 * @param level   {@code error} makes the record invalid; {@code warning} only flags it
 * @param code    what kind of finding, such as {@code invalid_phone} or {@code rule_failed}
 * @param message what is wrong, for people
 */
public record FieldMessage(String field, RecordMessage.Level level, String code, String message) {

    public FieldMessage {
        if (level == null || code == null || message == null) {
            throw new IllegalArgumentException("a field message needs a level, a code and a message");
        }
    }

    public static FieldMessage error(String field, String code, String message) {
        return new FieldMessage(field, RecordMessage.Level.ERROR, code, message);
    }

    public static FieldMessage warning(String field, String code, String message) {
        return new FieldMessage(field, RecordMessage.Level.WARNING, code, message);
    }

    public boolean isError() {
        return level == RecordMessage.Level.ERROR;
    }

    /** The message as it is stored with the record. */
    public RecordMessage toRecordMessage() {
        return new RecordMessage(field, level, message);
    }

    /** The message as a job error about the record {@code recordId} at {@code row} holding {@code values}. */
    public RecordError toRecordError(String recordId, long row, Map<String, Object> values) {
        return new RecordError(recordId, row, field, code, message, values);
    }
}
