package dev.sluice.common.schedule;

import dev.sluice.common.request.InvalidRequestException;
import java.time.Instant;
import java.util.Optional;

/**
 * When a job runs: {@code options.schedule}, read together with {@code options.timezone} and
 * {@code options.recurring}.
 *
 * <ul>
 *   <li>{@link Immediate}: {@code "immediate"} or no schedule, the default.</li>
 *   <li>{@link OneOff}: an ISO-8601 time, {@code 2026-12-01T09:00:00Z} or {@code 2026-12-01T09:00:00+01:00};
 *       without an offset ({@code 2026-12-01T09:00:00}) it is wall time in {@code options.timezone}.</li>
 *   <li>{@link CronSchedule}: a five-field Unix cron expression or macro, see {@link CronExpression}.</li>
 * </ul>
 */
public sealed interface Schedule permits Immediate, OneOff, CronSchedule {

    /**
     * When the job's first (or only) run may start, for a request accepted at {@code now}; empty when it
     * never will.
     */
    Optional<Instant> firstRun(Instant now);

    /**
     * Parses and validates the request's schedule options, as of {@code now}.
     *
     * @param schedule  {@code options.schedule}; null means {@code "immediate"}
     * @param timezone  {@code options.timezone}, an IANA zone name; null means UTC
     * @param recurring {@code options.recurring}; true requires a cron expression
     * @param now       when the request is accepted; a one-off time before it is refused
     * @throws InvalidRequestException naming {@code options.schedule} or {@code options.timezone}, with the reason
     */
    static Schedule parse(String schedule, String timezone, boolean recurring, Instant now)
            throws InvalidRequestException {
        return ScheduleParser.parse(schedule, timezone, recurring, now);
    }
}
