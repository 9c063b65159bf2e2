package dev.sluice.formats.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads test files whole or in ranges, collecting what the reader delivers. */
final class JsonReading {
    private JsonReading() {
    }

    static byte[] corpus(String name) {
        try (InputStream in = JsonReading.class.getResourceAsStream("/json/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read whole(String corpusName) {
        return whole(corpus(corpusName));
    }

    static Read whole(byte[] file) {
        return whole(file, JsonLimits.DEFAULTS);
    }

    static Read whole(byte[] file, JsonLimits limits) {
        JsonLayout layout = null;
        List<JsonItem> items = new ArrayList<>();
        try (JsonReader reader = JsonReader.open(new ByteArrayInputStream(file), limits)) {
            layout = reader.layout();
            return new Read(layout, items, drain(reader, items));
        } catch (JsonFormatException e) {
            return new Read(layout, items, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One range, given the file's bytes from {@link NdjsonRange#readFrom()} to the end, as a worker would open them. */
    static Read range(byte[] file, NdjsonRange range) {
        List<JsonItem> items = new ArrayList<>();
        byte[] bytes = Arrays.copyOfRange(file, (int) range.readFrom(), file.length);
        try (JsonReader reader = JsonReader.ndjsonRange(new ByteArrayInputStream(bytes), range)) {
            return new Read(reader.layout(), items, drain(reader, items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String drain(JsonReader reader, List<JsonItem> items) throws IOException {
        try {
            for (JsonItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
            return null;
        } catch (JsonFormatException e) {
            return e.getMessage();
        }
    }
}
