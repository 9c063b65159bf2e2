package dev.sluice.common.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records as JSON on the records topic. Records are written and read by the million, so this keeps
 * a reader and a writer bound to {@link SheetRecord} instead of looking the type up per call. A
 * decimal value reads back as the {@code BigDecimal} it was written as ({@code 1.50} stays
 * {@code 1.50}, never a {@code double}), so values extracted from JSON keep their digits.
 */
public final class RecordCodec {

    private static final ObjectWriter WRITER = Json.MAPPER.writerFor(SheetRecord.class);
    private static final ObjectReader READER = Json.MAPPER.readerFor(SheetRecord.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RecordCodec() {
    }

    public static byte[] bytes(SheetRecord record) {
        try {
            return WRITER.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write record " + record.id(), e);
        }
    }

    public static SheetRecord read(byte[] json) {
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a record", e);
        }
    }
}
