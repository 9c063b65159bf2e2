package dev.sluice.worker.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.enrich.CallPolicy;
import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.json.Json;
import dev.sluice.common.json.MalformedJsonException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * Calls one service on behalf of every batch of a worker: each attempt takes a token of the
 * service's rate limit; a call that was throttled (429), failed on the service's side (5xx) or got
 * no answer (timeout, connection error) is sent again up to {@code retries} times, after the wait
 * the service asked for in {@code Retry-After}, or else an exponential backoff, both capped at
 * {@code maxBackoffMs}. Any other status is final at once.
 */
public final class ServiceCaller {

    private final EnrichmentService service;
    private final Transport transport;
    private final TokenBucket bucket;
    private final Clock clock;
    private final Sleeper sleeper;

    public ServiceCaller(EnrichmentService service, Transport transport, Clock clock, Sleeper sleeper) {
        this.service = service;
        this.transport = transport;
        this.bucket = new TokenBucket(service.policy().ratePerSecond(), clock, sleeper);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public EnrichmentService service() {
        return service;
    }

    /** Sends {@code body}, retrying as the policy says. */
    CallResult call(byte[] body, String auth) throws InterruptedException {
        CallPolicy policy = service.policy();
        for (int attempt = 0; ; attempt++) {
            bucket.acquire();
            String problem;
            Duration asked = null;
            try {
                Reply reply = transport.post(service, body, auth);
                if (reply.ok()) {
                    return answered(reply, attempt);
                }
                if (!reply.retryable()) {
                    return new CallResult.Failed(service.name() + " refused the call: " + reply.describe(), attempt);
                }
                problem = reply.describe();
                asked = RetryAfter.parse(reply.retryAfter(), clock.instant()).orElse(null);
            } catch (HttpTimeoutException e) {
                problem = "no answer within " + policy.timeout().toMillis() + " ms";
            } catch (IOException e) {
                problem = "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            if (attempt >= policy.retries()) {
                return new CallResult.Failed(service.name() + " failed after " + (attempt + 1)
                        + (attempt == 0 ? " attempt" : " attempts") + "; last: " + problem, attempt);
            }
            Duration wait = asked != null ? asked : policy.backoffBefore(attempt + 1);
            if (!wait.isZero()) {
                sleeper.sleep(wait.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : wait);
            }
        }
    }

    private CallResult answered(Reply reply, int retries) {
        JsonNode items;
        try {
            items = Json.tree(reply.body());
        } catch (MalformedJsonException e) {
            return new CallResult.Failed(service.name() + " answered " + reply.status() + " with a body that is "
                    + e.getMessage(), retries);
        }
        if (!items.isArray()) {
            return new CallResult.Failed(service.name() + " answered a JSON " + items.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT) + ", not an array", retries);
        }
        return new CallResult.Answered(items, retries);
    }
}
