package dev.sluice.formats.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Pattern;

/** Jackson's messages without the parts that name its own internals rather than the file. */
final class JacksonMessages {
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source:.*?]\\)|\\s*\\[Source:.*?]");

    private JacksonMessages() {
    }

    static String of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return SOURCE.matcher(message).replaceAll("").strip();
    }

    /** What went wrong in a word: the bytes are not JSON, or they are but pass a limit. */
    static String kind(JsonProcessingException e) {
        return e instanceof StreamConstraintsException ? "past a limit" : "not JSON";
    }

    /** The byte offset Jackson names, relative to its input, or {@code fallback} when it names none. */
    static long offset(JsonProcessingException e, long fallback) {
        return e.getLocation() == null || e.getLocation().getByteOffset() < 0 ? fallback : e.getLocation().getByteOffset();
    }
}
