package dev.sluice.common.schedule;

import java.time.Instant;
import java.util.Optional;

/** {@code options.schedule: "immediate"}, the default: the job is queued as soon as it is accepted. */
public record Immediate() implements Schedule {

    @Override
    public Optional<Instant> firstRun(Instant now) {
        return Optional.of(now);
    }
}
