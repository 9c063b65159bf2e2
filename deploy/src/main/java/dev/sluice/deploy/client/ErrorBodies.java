package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Turns an API error response, {@code {error: {code, message, field}}} or anything else, into an {@link ApiException}. */
final class ErrorBodies {

    private static final int MAX_TEXT = 200;

    private ErrorBodies() {
    }

    static ApiException toException(URI base, int status, byte[] body) {
        JsonNode error = parse(body).path("error");
        String message = error.path("message").asText("");
        if (message.isBlank()) {
            return new ApiException(status, null, "HTTP " + status + " from the coordinator at " + base + describe(body), null);
        }
        String field = error.path("field").isTextual() ? error.path("field").asText() : null;
        String code = error.path("code").isTextual() ? error.path("code").asText() : null;
        boolean named = field == null || message.startsWith(field);
        return new ApiException(status, code, named ? message : field + ": " + message, field);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? Json.MAPPER.missingNode() : Json.tree(body);
        } catch (MalformedJsonException e) {
            return Json.MAPPER.missingNode();
        }
    }

    private static String describe(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        return ": " + (text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text);
    }
}
