package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.json.Json;
import dev.sluice.coordinator.events.EventTail;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;

/**
 * {@code GET /api/v1/events?jobId=&type=}: job events as Server-Sent Events, live. Each event's
 * name is its type ({@code job:updated}) and its data the envelope as on the events topic.
 */
final class EventRoutes {

    private final EventTail tail;

    EventRoutes(EventTail tail) {
        this.tail = tail;
    }

    void register(Javalin app) {
        app.sse("/api/v1/events", this::stream);
    }

    private void stream(SseClient client) {
        String jobId = client.ctx().queryParam("jobId");
        String type = client.ctx().queryParam("type");
        client.keepAlive();
        AutoCloseable subscription = tail.subscribe(jobId, envelope -> send(client, envelope, type));
        client.onClose(() -> {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        client.sendComment("subscribed");
    }

    private static void send(SseClient client, JsonNode envelope, String type) {
        String name = envelope.path("type").asText();
        if (type == null || type.equals(name)) {
            client.sendEvent(name, Json.text(envelope));
        }
    }
}
