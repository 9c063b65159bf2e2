package dev.sluice.common.job;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dispatch bookkeeping of one job: counters and the few batches in flight, never data.
 * Batches are dispatched in index order, so every batch below {@code next} that is neither in
 * flight nor waiting for a retry is done.
 *
 * @param plan     how the job is cut into batches
 * @param next     index of the next batch never dispatched
 * @param inFlight batches handed to workers, with the attempt each was sent as
 * @param retry    failed batches waiting to be sent again, with the attempt they will be sent as
 * @param done     batches whose result has been folded
 */
public record Batches(BatchPlan plan, int next, SortedMap<Integer, Integer> inFlight,
                      SortedMap<Integer, Integer> retry, int done) {

    public Batches {
        inFlight = Collections.unmodifiableSortedMap(new TreeMap<>(inFlight));
        retry = Collections.unmodifiableSortedMap(new TreeMap<>(retry));
    }

    public static Batches of(BatchPlan plan) {
        return new Batches(plan, 0, new TreeMap<>(), new TreeMap<>(), 0);
    }

    public boolean allDone() {
        return done >= plan.totalBatches();
    }

    /** True when the result of {@code batch} sent as {@code attempt} has not been folded yet. */
    public boolean awaiting(int batch, int attempt) {
        Integer sent = inFlight.get(batch);
        return sent != null && sent == attempt;
    }

    /** Batches that may be sent now: retries first, then new ones, up to {@code parallel} in flight. */
    public SortedMap<Integer, Integer> dispatchable(int parallel) {
        SortedMap<Integer, Integer> out = new TreeMap<>();
        int room = parallel - inFlight.size();
        for (Map.Entry<Integer, Integer> entry : retry.entrySet()) {
            if (out.size() >= room) {
                return out;
            }
            out.put(entry.getKey(), entry.getValue());
        }
        for (int batch = next; batch < plan.totalBatches() && out.size() < room; batch++) {
            out.put(batch, 0);
        }
        return out;
    }

    Batches dispatched(Map<Integer, Integer> sent) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        SortedMap<Integer, Integer> waiting = new TreeMap<>(retry);
        int nextBatch = next;
        for (Map.Entry<Integer, Integer> entry : sent.entrySet()) {
            flying.put(entry.getKey(), entry.getValue());
            waiting.remove(entry.getKey());
            nextBatch = Math.max(nextBatch, entry.getKey() + 1);
        }
        return new Batches(plan, nextBatch, flying, waiting, done);
    }

    Batches finished(int batch) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        flying.remove(batch);
        return new Batches(plan, next, flying, retry, done + 1);
    }

    Batches failed(int batch, Integer retryAttempt) {
        SortedMap<Integer, Integer> flying = new TreeMap<>(inFlight);
        flying.remove(batch);
        SortedMap<Integer, Integer> waiting = new TreeMap<>(retry);
        if (retryAttempt != null) {
            waiting.put(batch, retryAttempt);
        }
        return new Batches(plan, next, flying, waiting, done);
    }

    /** Progress in percent, 0 to 100, by batches folded. */
    public int percent() {
        if (plan.totalBatches() == 0) {
            return 100;
        }
        return (int) Math.min(100, (100L * done) / plan.totalBatches());
    }
}
