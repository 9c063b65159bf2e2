package dev.sluice.deploy.client;

import java.util.Optional;

/**
 * Reads a Server-Sent Events stream one line at a time (the WHATWG event-stream format): {@code event:}
 * names the event, {@code data:} lines are joined with newlines, a blank line ends the event, and
 * lines starting with a colon are comments.
 */
public final class SseParser {

    /**
     * One event of the stream.
     *
     * @param name the {@code event:} field, {@code message} when the event has none
     * @param data the {@code data:} lines joined with newlines
     */
    public record Event(String name, String data) {
    }

    private String name = "";
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    /** Takes the next line, without its line ending; returns the event that a blank line completes. */
    public Optional<Event> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            default -> {
                // id and retry matter to browsers that reconnect; this reader does not.
            }
        }
        return Optional.empty();
    }

    private Optional<Event> dispatch() {
        Optional<Event> event = hasData
                ? Optional.of(new Event(name.isEmpty() ? "message" : name, data.toString()))
                : Optional.empty();
        name = "";
        data.setLength(0);
        hasData = false;
        return event;
    }
}
