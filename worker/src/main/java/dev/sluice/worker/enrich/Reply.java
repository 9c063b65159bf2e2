package dev.sluice.worker.enrich;

import java.nio.charset.StandardCharsets;

/**
 * What a service answered to one call.
 *
 * @param status     the HTTP status
 * @param body       the body, bounded by the transport
 * @param retryAfter the {@code Retry-After} header as sent, or null
 */
public record Reply(int status, byte[] body, String retryAfter) {

    private static final int SNIPPET = 200;

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Worth sending again: the service throttled (429) or failed on its side (5xx). */
    public boolean retryable() {
        return status == 429 || status >= 500;
    }

    /** The status and the start of the body, for a record's error message. */
    public String describe() {
        String text = new String(body, 0, Math.min(body.length, SNIPPET), StandardCharsets.UTF_8).strip();
        return "HTTP " + status + (text.isEmpty() ? "" : ": " + text.replaceAll("\\s+", " "));
    }
}
