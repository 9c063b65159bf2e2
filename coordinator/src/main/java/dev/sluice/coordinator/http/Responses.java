package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import io.javalin.http.Context;

/** Writes JSON bodies, and errors in the one shape the API uses. */
final class Responses {

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.text(body));
    }

    static void error(Context ctx, ApiError error) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode inner = body.putObject("error");
        inner.put("code", error.code());
        inner.put("message", error.getMessage());
        if (error.field() != null) {
            inner.put("field", error.field());
        }
        json(ctx, error.status(), body);
    }
}
