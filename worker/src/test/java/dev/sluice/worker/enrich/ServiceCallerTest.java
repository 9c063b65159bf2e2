package dev.sluice.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceCallerTest {

    private static final byte[] BODY = "[{\"email\":\"a@b.test\"}]".getBytes(StandardCharsets.UTF_8);

    private final ManualTime time = new ManualTime();
    private final ScriptedTransport service = new ScriptedTransport(body -> ScriptedTransport.json("[{\"industry\":\"x\"}]"));

    private ServiceCaller caller(String policy) {
        return new ServiceCaller(Services.person(policy), service, time, time);
    }

    @Test
    void serverErrorsAreRetriedWithADoublingBackoffUntilTheServiceAnswers() throws Exception {
        service.then(500, "oops", null).then(502, "", null).then(503, "", null);

        CallResult result = caller("\"retries\":3,\"backoffMs\":100,\"ratePerSecond\":1000").call(BODY, null);

        assertThat(result).isInstanceOfSatisfying(CallResult.Answered.class, answered -> {
            assertThat(answered.items().toString()).isEqualTo("[{\"industry\":\"x\"}]");
            assertThat(answered.retries()).isEqualTo(3);
        });
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(service.calls()).hasSize(4).allSatisfy(call -> assertThat(call.body()).isEqualTo(new String(BODY, StandardCharsets.UTF_8)));
    }

    @Test
    void aThrottledCallWaitsAsLongAsRetryAfterSaysButNoLongerThanTheMaximumBackoff() throws Exception {
        service.then(429, "slow down", "7").then(429, "", "120").then(429, "", "Wed, 01 May 2024 12:00:12 GMT");

        CallResult result = caller("\"retries\":3,\"backoffMs\":100,\"maxBackoffMs\":60000,\"ratePerSecond\":1000").call(BODY, null);

        assertThat(result).isInstanceOf(CallResult.Answered.class);
        // At 12:00:00 + 7 s + 60 s the HTTP date of 12:00:12 has passed: no wait.
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(60));
        assertThat(service.calls()).hasSize(4);
    }

    @Test
    void afterItsRetriesACallFailsWithTheLastProblem() throws Exception {
        service.then(500, "a", null).then(500, "b", null).then(503, "{\"error\": \"down\"}", null);

        CallResult result = caller("\"retries\":2,\"backoffMs\":1000,\"maxBackoffMs\":1500,\"ratePerSecond\":1000").call(BODY, null);

        assertThat(result).isEqualTo(new CallResult.Failed("people failed after 3 attempts; last: HTTP 503: {\"error\": \"down\"}", 2));
        assertThat(time.sleeps()).as("capped at maxBackoffMs").containsExactly(Duration.ofMillis(1000), Duration.ofMillis(1500));
    }

    @Test
    void aClientErrorOtherThan429IsNotRetried() throws Exception {
        service.then(400, "bad\n  request", null);

        CallResult result = caller("").call(BODY, null);

        assertThat(result).isEqualTo(new CallResult.Failed("people refused the call: HTTP 400: bad request", 0));
        assertThat(service.calls()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void timeoutsAndConnectionErrorsAreRetriedLikeServerErrors() throws Exception {
        service.thenNoAnswer(new HttpTimeoutException("request timed out")).thenNoAnswer(new IOException("Connection refused"));

        CallResult failed = caller("\"retries\":1,\"timeoutMs\":2500,\"ratePerSecond\":1000").call(BODY, null);
        CallResult answered = caller("\"retries\":1,\"ratePerSecond\":1000").call(BODY, null);

        assertThat(failed).isEqualTo(new CallResult.Failed("people failed after 2 attempts; last: no answer: Connection refused", 1));
        assertThat(answered).isInstanceOf(CallResult.Answered.class);
    }

    @Test
    void aTimeoutSaysHowLongTheCallWaited() throws Exception {
        service.thenNoAnswer(new HttpTimeoutException("request timed out"));

        CallResult result = caller("\"retries\":0,\"timeoutMs\":2500").call(BODY, null);

        assertThat(result).isEqualTo(new CallResult.Failed("people failed after 1 attempt; last: no answer within 2500 ms", 0));
    }

    @Test
    void anAnswerThatIsNotAJsonArrayFailsTheCallWithoutRetrying() throws Exception {
        service.then(200, "{\"industry\":\"x\"}", null).then(200, "<html>", null);

        CallResult object = caller("").call(BODY, null);
        CallResult html = caller("").call(BODY, null);

        assertThat(object).isEqualTo(new CallResult.Failed("people answered a JSON object, not an array", 0));
        assertThat(html).isInstanceOfSatisfying(CallResult.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("people answered 200 with a body that is not valid JSON"));
        assertThat(service.calls()).hasSize(2);
    }

    @Test
    void everyAttemptRetriesIncludedTakesATokenOfTheRateLimit() throws Exception {
        service.then(500, "", null).then(500, "", null);
        ServiceCaller caller = caller("\"retries\":2,\"backoffMs\":0,\"ratePerSecond\":1");

        caller.call(BODY, null);

        assertThat(time.sleeps()).as("backoff 0, so only the rate waits").containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void theAuthHeaderValueGoesWithEveryAttempt() throws Exception {
        service.then(500, "", null);

        caller("\"backoffMs\":0").call(BODY, "Bearer s3cret");

        assertThat(service.calls()).extracting(ScriptedTransport.Call::auth).containsExactly("Bearer s3cret", "Bearer s3cret");
    }
}
