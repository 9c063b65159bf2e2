package dev.sluice.common.job;

import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.schedule.CronExpression;
import dev.sluice.common.schedule.CronSchedule;
import dev.sluice.common.schedule.MissedFirings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * When a job may start: at once, at a time, on a cron, and after which other jobs. Read once from
 * {@code options.schedule}, {@code timezone}, {@code recurring}, {@code missedFirings} and
 * {@code dependencies}, and kept in plain values so that it stores as JSON.
 *
 * @param runAt        the first (or only) run's time; null to run as soon as the dependencies allow
 * @param cron         the cron expression of a recurring schedule, or null
 * @param timezone     the IANA zone the cron is read in
 * @param recurring    true when the job is a schedule that starts a run at each firing
 * @param missed       what a recurring schedule does with firings missed while no coordinator ran
 * @param dependencies jobs that must complete before this one is queued
 */
public record Start(Instant runAt, String cron, String timezone, boolean recurring, MissedFirings missed,
                    List<String> dependencies) {

    public static final Start NOW = new Start(null, null, "UTC", false, MissedFirings.DEFAULT, List.of());

    public Start {
        timezone = timezone == null ? "UTC" : timezone;
        missed = missed == null ? MissedFirings.DEFAULT : missed;
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        if (recurring && cron == null) {
            throw new IllegalArgumentException("a recurring start needs a cron expression");
        }
    }

    /** The recurring schedule, re-read from its stored cron and zone. */
    public CronSchedule schedule() {
        try {
            return new CronSchedule(CronExpression.parse(cron), ZoneId.of(timezone), true);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("a stored cron no longer parses: " + cron, e);
        }
    }
}
