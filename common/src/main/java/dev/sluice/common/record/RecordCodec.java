package dev.sluice.common.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sluice.common.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records as bytes on the records topic and in the records view. Records are written and read by
 * the million, so they are binary (see {@link RecordEncoder} for the layout) rather than JSON: a
 * record costs its values' bytes and little else to write, and its value strings and one array to
 * read. Records written as JSON, before the binary form, are still read. A decimal value reads back as
 * the {@code BigDecimal} it was written as ({@code 1.50} stays {@code 1.50}, never a {@code double}),
 * so values extracted from JSON keep their digits.
 */
public final class RecordCodec {

    /** The first byte of a binary record; a JSON record starts with {@code '{'}. */
    static final byte BINARY = 1;

    private static final ObjectReader JSON_READER = Json.MAPPER.readerFor(SheetRecord.class)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ThreadLocal<RecordEncoder> ENCODERS = ThreadLocal.withInitial(RecordEncoder::new);
    private static final ThreadLocal<RecordDecoder> DECODERS = ThreadLocal.withInitial(RecordDecoder::new);

    private RecordCodec() {
    }

    public static byte[] bytes(SheetRecord record) {
        return ENCODERS.get().encode(record);
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a record
     * @throws UncheckedIOException     when a JSON record cannot be read
     */
    public static SheetRecord read(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == BINARY) {
            return DECODERS.get().decode(bytes);
        }
        try {
            return JSON_READER.readValue(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a record", e);
        }
    }
}
