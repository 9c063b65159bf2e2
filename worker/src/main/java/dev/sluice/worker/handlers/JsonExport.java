package dev.sluice.worker.handlers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A JSON array with one object per record, streamed. Each object holds the sheet's fields in order
 * ({@code null} where a record has no value); with metadata it is
 * {@code {"id", "valid", "messages", "values": {...}}}. Values beyond the sheet's fields are not written.
 * As one part of a file in parts it writes the elements alone, comma-separated: the coordinator
 * joins the parts with the brackets and the commas between them.
 */
final class JsonExport implements ExportWriter {

    private final JsonGenerator json;
    private final FieldOrder fields;
    /** The field names quoted and encoded once, not once per record. */
    private final SerializedString[] names;
    private final boolean includeMetadata;
    /** Writes only the array's elements, comma-separated, as one part of a file whose parts the coordinator joins. */
    private final boolean part;

    JsonExport(OutputStream out, List<String> fields, boolean includeMetadata) throws IOException {
        this(out, fields, includeMetadata, false);
    }

    JsonExport(OutputStream out, List<String> fields, boolean includeMetadata, boolean part) throws IOException {
        this.part = part;
        this.json = Json.MAPPER.getFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // As elements of one array, the objects of a part are separated as the array would separate them.
        this.json.setRootValueSeparator(new SerializedString(","));
        this.fields = new FieldOrder(fields);
        this.names = this.fields.fields().stream().map(SerializedString::new).toArray(SerializedString[]::new);
        this.includeMetadata = includeMetadata;
    }

    @Override
    public void begin() throws IOException {
        if (!part) {
            json.writeStartArray();
        }
    }

    @Override
    public void write(SheetRecord record) throws IOException {
        if (!includeMetadata) {
            writeValues(record);
            return;
        }
        json.writeStartObject();
        json.writeStringField("id", record.id());
        json.writeBooleanField("valid", record.valid());
        json.writeFieldName("messages");
        json.writeObject(record.messages());
        json.writeFieldName("values");
        writeValues(record);
        json.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        if (!part) {
            json.writeEndArray();
        }
        json.close();
    }

    private void writeValues(SheetRecord record) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < names.length; i++) {
            json.writeFieldName(names[i]);
            Object value = fields.value(record, i);
            if (value instanceof String text) {
                json.writeString(text);
            } else if (value == null) {
                json.writeNull();
            } else {
                json.writeObject(value);
            }
        }
        json.writeEndObject();
    }
}
