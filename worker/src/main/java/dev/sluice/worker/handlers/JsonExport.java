package dev.sluice.worker.handlers;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A JSON array with one object per record, streamed. Each object holds the sheet's fields in order
 * ({@code null} where a record has no value); with metadata it is
 * {@code {"id", "valid", "messages", "values": {...}}}. Values beyond the sheet's fields are not written.
 */
final class JsonExport implements ExportWriter {

    private final JsonGenerator json;
    private final List<String> fields;
    private final boolean includeMetadata;

    JsonExport(OutputStream out, List<String> fields, boolean includeMetadata) throws IOException {
        this.json = Json.MAPPER.getFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.fields = List.copyOf(fields);
        this.includeMetadata = includeMetadata;
    }

    @Override
    public void begin() throws IOException {
        json.writeStartArray();
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
        json.writeEndArray();
        json.close();
    }

    private void writeValues(SheetRecord record) throws IOException {
        json.writeStartObject();
        for (String field : fields) {
            json.writeFieldName(field);
            json.writeObject(record.values().get(field));
        }
        json.writeEndObject();
    }
}
