package dev.sluice.common.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a recurring schedule does at one evaluation, from {@link MissedFirings#plan}. Every firing up to the
 * evaluation's {@code now} is handled by it, run or dropped, so the next evaluation passes that {@code now}
 * as its {@code lastFired}.
 *
 * @param fireNow the firings to create a run for now, oldest first; each run is stamped with its firing
 * @param next    the first firing after {@code now}, when to evaluate again; empty when none comes
 */
public record CatchUp(List<Instant> fireNow, Optional<Instant> next) {

    public CatchUp {
        fireNow = List.copyOf(fireNow);
        if (next == null) {
            throw new IllegalArgumentException("next is required; use Optional.empty()");
        }
    }
}
