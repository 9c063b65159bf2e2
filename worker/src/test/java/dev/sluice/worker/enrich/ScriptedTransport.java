package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A service for unit tests: answers calls from a script of replies and failures, then, when the
 * script is used up, with a function of the request body. Remembers every call.
 */
public final class ScriptedTransport implements Transport {

    /** One call as the service saw it. */
    public record Call(String service, String body, String auth) {
    }

    private final Deque<Object> script = new ArrayDeque<>();
    private final Function<String, Reply> otherwise;
    private final List<Call> calls = new ArrayList<>();

    public ScriptedTransport(Function<String, Reply> otherwise) {
        this.otherwise = otherwise;
    }

    public ScriptedTransport then(int status, String body, String retryAfter) {
        script.add(new Reply(status, body.getBytes(StandardCharsets.UTF_8), retryAfter));
        return this;
    }

    ScriptedTransport thenNoAnswer(IOException failure) {
        script.add(failure);
        return this;
    }

    public static Reply json(String body) {
        return new Reply(200, body.getBytes(StandardCharsets.UTF_8), null);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized Reply post(EnrichmentService service, byte[] body, String auth) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        calls.add(new Call(service.name(), text, auth));
        Object next = script.poll();
        if (next instanceof IOException failure) {
            throw failure;
        }
        return next != null ? (Reply) next : otherwise.apply(text);
    }
}
