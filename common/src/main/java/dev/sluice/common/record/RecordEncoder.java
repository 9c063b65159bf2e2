package dev.sluice.common.record;

import dev.sluice.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SheetRecord} in the binary layout, into a buffer it reuses. Lengths and counts
 * are unsigned LEB128 varints, strings are a length and UTF-8:
 * <pre>
 *   0x01                       the layout
 *   flags                      bit 0: the id is {@code SHEET/ROW} (RecordKeys.key) and is not written
 *   row                        varint
 *   sheetId                    string
 *   [id]                       string, when flag 0 is clear
 *   fields n, n × name         the names block: the same bytes for every record of a sheet
 *   n × value                  0 null | 1 string | 2 JSON text (any other value, as Jackson writes it)
 *   messages m, m × (field: 0 null | 1 string; level: 0 error | 1 warning; message string)
 * </pre>
 * Not thread-safe: {@link RecordCodec} keeps one per thread.
 */
final class RecordEncoder {

    static final int DERIVED_ID = 1;
    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte JSON = 2;

    private byte[] buf = new byte[4096];
    private int pos;
    /** The names block of the last {@link FieldNames} written, which the next record of the sheet most likely shares. */
    private FieldNames lastNames;
    private byte[] lastNamesBlock;

    byte[] encode(SheetRecord record) {
        pos = 0;
        boolean derived = RecordKeys.key(record.sheetId(), record.row()).equals(record.id());
        writeByte(RecordCodec.BINARY);
        writeByte(derived ? DERIVED_ID : 0);
        writeVarLong(record.row());
        writeString(record.sheetId());
        if (!derived) {
            writeString(record.id());
        }
        writeValues(record.values());
        writeMessages(record.messages());
        return Arrays.copyOf(buf, pos);
    }

    private void writeValues(Map<String, Object> values) {
        if (values instanceof FieldValues fields) {
            writeNames(fields.names());
            for (int i = 0; i < fields.size(); i++) {
                writeValue(fields.value(i));
            }
            return;
        }
        writeVarLong(values.size());
        for (String name : values.keySet()) {
            writeString(name);
        }
        for (Object value : values.values()) {
            writeValue(value);
        }
    }

    private void writeNames(FieldNames names) {
        if (names != lastNames) {
            int start = pos;
            writeVarLong(names.size());
            for (String name : names.list()) {
                writeString(name);
            }
            lastNames = names;
            lastNamesBlock = Arrays.copyOfRange(buf, start, pos);
            return;
        }
        ensure(lastNamesBlock.length);
        System.arraycopy(lastNamesBlock, 0, buf, pos, lastNamesBlock.length);
        pos += lastNamesBlock.length;
    }

    private void writeValue(Object value) {
        if (value == null) {
            writeByte(NULL);
        } else if (value instanceof String text) {
            writeByte(STRING);
            writeString(text);
        } else {
            writeByte(JSON);
            writeBytes(Json.bytes(value));
        }
    }

    private void writeMessages(List<RecordMessage> messages) {
        writeVarLong(messages.size());
        for (RecordMessage message : messages) {
            if (message.field() == null) {
                writeByte(NULL);
            } else {
                writeByte(STRING);
                writeString(message.field());
            }
            writeByte(message.level() == RecordMessage.Level.ERROR ? 0 : 1);
            writeString(message.message());
        }
    }

    private void writeString(String text) {
        int length = text.length();
        ensure(length + 5);
        int start = pos;
        // Most text is ASCII: written char by char after a one-byte length, when it fits one.
        if (length < 128) {
            int at = pos + 1;
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    pos = start;
                    writeBytes(text.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                buf[at++] = (byte) c;
            }
            buf[start] = (byte) length;
            pos = at;
            return;
        }
        writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(byte[] bytes) {
        writeVarLong(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void writeByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    private void writeVarLong(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }
}
