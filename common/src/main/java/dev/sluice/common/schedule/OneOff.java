package dev.sluice.common.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * {@code options.schedule} as an ISO-8601 time: the job is {@code scheduled} until {@code at}, then runs once.
 *
 * @param at when the job may start; never before the time the request was accepted
 */
public record OneOff(Instant at) implements Schedule {

    public OneOff {
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
    }

    @Override
    public Optional<Instant> firstRun(Instant now) {
        return Optional.of(at);
    }
}
