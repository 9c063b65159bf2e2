package dev.sluice.common.job;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dispatch bookkeeping of one job: counters and the few batches in flight, never data.
 * Batches are dispatched in index order, so every batch below {@code next} that is neither in
 * flight, waiting for a retry nor given up is done.
 *
 * @param plan     how the job is cut into batches
 * @param next     index of the next batch never dispatched
 * @param inFlight batches handed to workers, with the attempt each was sent as
 * @param retry    failed batches waiting to be sent again, with the attempt they will be sent as
 * @param retryAt  when each batch of {@code retry} may be sent, in epoch ms (backoff); absent means now
 * @param done     batches whose result has been folded
 * @param given    batches that failed for good, with their last attempt; a retry of the job runs them again
 */
public record Batches(BatchPlan plan, int next, SortedMap<Integer, Integer> inFlight,
                      SortedMap<Integer, Integer> retry, SortedMap<Integer, Long> retryAt, int done,
                      SortedMap<Integer, Integer> given) {

    public Batches {
        inFlight = Collections.unmodifiableSortedMap(new TreeMap<>(inFlight));
        retry = Collections.unmodifiableSortedMap(new TreeMap<>(retry));
        retryAt = Collections.unmodifiableSortedMap(new TreeMap<>(retryAt == null ? Map.of() : retryAt));
        given = Collections.unmodifiableSortedMap(new TreeMap<>(given == null ? Map.of() : given));
    }

    public static Batches of(BatchPlan plan) {
        return new Batches(plan, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>());
    }

    /**
     * A job that runs only {@code pending} of {@code plan}'s batches, the others being done by an
     * earlier attempt: what a retry of a failed job starts from.
     */
    public static Batches resume(BatchPlan plan, Map<Integer, Integer> pending) {
        return new Batches(plan, plan.totalBatches(), new TreeMap<>(), new TreeMap<>(pending), new TreeMap<>(),
                plan.totalBatches() - pending.size(), new TreeMap<>());
    }

    public boolean allDone() {
        return done >= plan.totalBatches();
    }

    /**
     * Batches not done (in flight, waiting for a retry, given up, or never sent), each with the
     * attempt it would be sent as next.
     */
    public SortedMap<Integer, Integer> unfinished() {
        SortedMap<Integer, Integer> out = new TreeMap<>(retry);
        inFlight.forEach((batch, attempt) -> out.put(batch, attempt + 1));
        given.forEach((batch, attempt) -> out.put(batch, attempt + 1));
        for (int batch = next; batch < plan.totalBatches(); batch++) {
            out.put(batch, 0);
        }
        return out;
    }

    /** True when the result of {@code batch} sent as {@code attempt} has not been folded yet. */
    public boolean awaiting(int batch, int attempt) {
        Integer sent = inFlight.get(batch);
        return sent != null && sent == attempt;
    }

    /** Batches that may be sent now, ignoring backoff; see {@link #dispatchable(int, Instant)}. */
    public SortedMap<Integer, Integer> dispatchable(int parallel) {
        return dispatchable(parallel, Instant.MAX);
    }

    /**
     * Batches that may be sent at {@code now}: retries whose backoff has passed first, then new
     * ones, up to {@code parallel} in flight.
     */
    public SortedMap<Integer, Integer> dispatchable(int parallel, Instant now) {
        SortedMap<Integer, Integer> out = new TreeMap<>();
        int room = parallel - inFlight.size();
        for (Map.Entry<Integer, Integer> entry : retry.entrySet()) {
            if (out.size() >= room) {
                return out;
            }
            Long at = retryAt.get(entry.getKey());
            if (at == null || !Instant.ofEpochMilli(at).isAfter(now)) {
                out.put(entry.getKey(), entry.getValue());
            }
        }
        for (int batch = next; batch < plan.totalBatches() && out.size() < room; batch++) {
            out.put(batch, 0);
        }
        return out;
    }

    /** The earliest time a retry waiting for its backoff may be sent, or null when none waits. */
    public Instant nextRetryAt() {
        return retryAt.values().stream().min(Long::compare).map(Instant::ofEpochMilli).orElse(null);
    }

    Batches dispatched(Map<Integer, Integer> sent) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        SortedMap<Integer, Integer> waiting = new TreeMap<>(retry);
        SortedMap<Integer, Long> due = new TreeMap<>(retryAt);
        int nextBatch = next;
        for (Map.Entry<Integer, Integer> entry : sent.entrySet()) {
            flying.put(entry.getKey(), entry.getValue());
            waiting.remove(entry.getKey());
            due.remove(entry.getKey());
            nextBatch = Math.max(nextBatch, entry.getKey() + 1);
        }
        return new Batches(plan, nextBatch, flying, waiting, due, done, given);
    }

    Batches finished(int batch) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        flying.remove(batch);
        return new Batches(plan, next, flying, retry, retryAt, done + 1, given);
    }

    /** The plan's outputs with {@code facts} added, replacing entries of the same name. */
    Batches withResult(Map<String, Object> facts) {
        if (facts.isEmpty()) {
            return this;
        }
        Map<String, Object> outputs = new LinkedHashMap<>(plan.outputs());
        outputs.putAll(facts);
        return new Batches(plan.withOutputs(outputs), next, inFlight, retry, retryAt, done, given);
    }

    Batches failed(int batch, Integer retryAttempt) {
        return failed(batch, retryAttempt, null);
    }

    /** {@code batch} failed: it waits to be sent as {@code retryAttempt} from {@code at}, or is given up when that is null. */
    Batches failed(int batch, Integer retryAttempt, Instant at) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        Integer attempt = flying.remove(batch);
        SortedMap<Integer, Integer> waiting = new TreeMap<>(retry);
        SortedMap<Integer, Long> due = new TreeMap<>(retryAt);
        SortedMap<Integer, Integer> lost = new TreeMap<>(given);
        if (retryAttempt != null) {
            waiting.put(batch, retryAttempt);
            if (at != null) {
                due.put(batch, at.toEpochMilli());
            }
        } else {
            lost.put(batch, attempt == null ? 0 : attempt);
        }
        return new Batches(plan, next, flying, waiting, due, done, lost);
    }

    /** Progress in percent, 0 to 100, by batches folded. */
    public int percent() {
        if (plan.totalBatches() == 0) {
            return 100;
        }
        return (int) Math.min(100, (100L * done) / plan.totalBatches());
    }
}
