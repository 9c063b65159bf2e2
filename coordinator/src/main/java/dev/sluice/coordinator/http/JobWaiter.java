package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.coordinator.events.EventTail;
import dev.sluice.coordinator.view.JobView;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Lets an API call wait until its request has taken effect: until an event of the job matches,
 * and the view that later GETs read shows the same.
 */
final class JobWaiter {

    private final EventTail tail;
    private final JobView view;
    private final Duration timeout;

    JobWaiter(EventTail tail, JobView view, Duration timeout) {
        this.tail = tail;
        this.view = view;
        this.timeout = timeout;
    }

    /** Runs {@code action}, then waits for a job state that satisfies {@code done}; empty on timeout. */
    Optional<ObjectNode> after(String jobId, Runnable action, Predicate<JsonNode> done) {
        CompletableFuture<JsonNode> seen = new CompletableFuture<>();
        try (AutoCloseable subscription = tail.subscribe(jobId, envelope -> {
            if (envelope.has("job") && done.test(envelope.get("job"))) {
                seen.complete(envelope.get("job"));
            }
        })) {
            action.run();
            seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return awaitView(jobId, done);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ApiError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view follows the same topic a moment behind the tail; give it that moment. */
    private Optional<ObjectNode> awaitView(String jobId, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ObjectNode> job = view.get(jobId);
            if (job.isPresent() && done.test(job.get())) {
                return job;
            }
            Thread.onSpinWait();
            TimeUnit.MICROSECONDS.sleep(500);
        }
        return Optional.empty();
    }
}
