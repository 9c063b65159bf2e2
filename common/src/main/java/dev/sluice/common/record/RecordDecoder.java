package dev.sluice.common.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the binary layout of {@link RecordEncoder}. The records it reads one after another mostly
 * belong to one sheet, so it keeps the last sheet id and names block it saw and reuses their
 * strings while the bytes match: a record then costs its values and one array. Not thread-safe:
 * {@link RecordCodec} keeps one per thread.
 */
final class RecordDecoder {

    private static final ObjectReader VALUE_READER = Json.MAPPER.readerFor(Object.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private byte[] buf;
    private int pos;
    private byte[] lastSheetBytes = new byte[0];
    private String lastSheet;
    private byte[] lastNamesBlock = new byte[0];
    private FieldNames lastNames;

    SheetRecord decode(byte[] bytes) {
        buf = bytes;
        pos = 1;
        try {
            int flags = buf[pos++];
            long row = readVarLong();
            String sheetId = readSheetId();
            String id = (flags & RecordEncoder.DERIVED_ID) != 0 ? RecordKeys.key(sheetId, row) : readString();
            FieldNames names = readNames();
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = readValue();
            }
            List<RecordMessage> messages = readMessages();
            return new SheetRecord(id, sheetId, row, FieldValues.owning(names, values), messages);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("a binary record is cut short or malformed at byte " + pos, e);
        } finally {
            buf = null;
        }
    }

    private String readSheetId() {
        int length = (int) readVarLong();
        if (!Arrays.equals(buf, pos, pos + length, lastSheetBytes, 0, lastSheetBytes.length)) {
            lastSheetBytes = Arrays.copyOfRange(buf, pos, pos + length);
            lastSheet = new String(lastSheetBytes, StandardCharsets.UTF_8);
        }
        pos += length;
        return lastSheet;
    }

    private FieldNames readNames() {
        int start = pos;
        int count = (int) readVarLong();
        for (int i = 0; i < count; i++) {
            int length = (int) readVarLong();
            pos += length;
        }
        if (lastNames != null && Arrays.equals(buf, start, pos, lastNamesBlock, 0, lastNamesBlock.length)) {
            return lastNames;
        }
        int end = pos;
        pos = start;
        readVarLong();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(readString());
        }
        lastNamesBlock = Arrays.copyOfRange(buf, start, end);
        lastNames = FieldNames.of(names);
        return lastNames;
    }

    private Object readValue() {
        byte tag = buf[pos++];
        return switch (tag) {
            case RecordEncoder.NULL -> null;
            case RecordEncoder.STRING -> readString();
            case RecordEncoder.JSON -> readJson();
            default -> throw new IllegalArgumentException("a binary record has a value of unknown kind " + tag + " at byte " + (pos - 1));
        };
    }

    private Object readJson() {
        int length = (int) readVarLong();
        try {
            Object value = VALUE_READER.readValue(buf, pos, length);
            pos += length;
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a value of a record", e);
        }
    }

    private List<RecordMessage> readMessages() {
        int count = (int) readVarLong();
        if (count == 0) {
            return List.of();
        }
        List<RecordMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String field = buf[pos++] == RecordEncoder.NULL ? null : readString();
            RecordMessage.Level level = buf[pos++] == 0 ? RecordMessage.Level.ERROR : RecordMessage.Level.WARNING;
            messages.add(new RecordMessage(field, level, readString()));
        }
        return messages;
    }

    private String readString() {
        int length = (int) readVarLong();
        String text = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return text;
    }

    private long readVarLong() {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = buf[pos++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
            if (shift > 63) {
                throw new IllegalArgumentException("a varint of a binary record is too long at byte " + pos);
            }
        }
    }
}
