package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * The coordinator's job API as the CLI uses it. Every method throws {@link ApiException} with a
 * one-line reason when the call fails.
 */
public interface JobsApi {

    /** {@code POST /api/v1/jobs}: creates a job from the request body. */
    Submission submit(JsonNode request);

    /** {@code GET /api/v1/jobs/{id}}: the job as the API shows it. */
    JsonNode job(String id);

    /** {@code POST /api/v1/jobs/{id}/cancel}: asks for the job to stop; returns the job after the request. */
    JsonNode cancel(String id);

    /** {@code POST /api/v1/jobs/{id}/retry}: retries a failed or canceled job; returns the new, linked job. */
    JsonNode retry(String id);

    /** {@code GET /api/v1/jobs/{id}/result}: the result of a finished job. */
    JsonNode result(String id);

    /**
     * {@code GET /api/v1/events?jobId=}: subscribes to the job's events in the background and hands
     * the full job of each event to {@code onJob}. Never throws for a failed subscription: the
     * returned handle then reports {@link EventSubscription#live()} false.
     */
    EventSubscription subscribe(String jobId, Consumer<JsonNode> onJob);

    /**
     * What {@link #submit} returned.
     *
     * @param body    the job, or, when the coordinator has not confirmed it yet, {@code {id, status: "accepted"}}
     * @param outcome whether the job is new, an existing one with the same idempotency key, or not yet confirmed
     */
    record Submission(JsonNode body, Outcome outcome) {

        public String id() {
            return body.path("id").asText();
        }
    }

    /** How a submission ended: 201, 200 and 202 of {@code POST /api/v1/jobs}. */
    enum Outcome {
        CREATED, EXISTING, ACCEPTED
    }
}
