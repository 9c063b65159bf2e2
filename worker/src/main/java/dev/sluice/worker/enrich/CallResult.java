package dev.sluice.worker.enrich;

import com.fasterxml.jackson.databind.JsonNode;

/** How one call to a service ended, after its retries. */
sealed interface CallResult {

    /** How many times the call was sent again. */
    int retries();

    /** The service answered with a JSON array. */
    record Answered(JsonNode items, int retries) implements CallResult {
    }

    /** The service refused the call, kept failing, or answered something that is not a JSON array. */
    record Failed(String reason, int retries) implements CallResult {
    }
}
