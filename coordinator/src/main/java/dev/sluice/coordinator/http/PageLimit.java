package dev.sluice.coordinator.http;

import io.javalin.http.Context;

/** The {@code limit} query parameter of a paged list, checked the same way on every list call. */
final class PageLimit {

    private PageLimit() {
    }

    /** {@code limit} from the query, {@code fallback} when absent; a 400 naming it when not 1 to {@code max}. */
    static int read(Context ctx, int fallback, int max) {
        return readNamed(ctx, "limit", fallback, max);
    }

    /** The count parameter {@code name} from the query, {@code fallback} when absent; a 400 naming it when not 1 to {@code max}. */
    static int readNamed(Context ctx, String name, int fallback, int max) {
        String text = ctx.queryParam(name);
        int limit;
        try {
            limit = text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name, "must be a whole number");
        }
        if (limit < 1 || limit > max) {
            throw ApiError.badRequest(name, "must be between 1 and " + max);
        }
        return limit;
    }
}
