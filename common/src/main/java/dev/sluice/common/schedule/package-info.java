/**
 * When jobs run: immediately, once at a given time, or on a cron expression in a time zone.
 *
 * <p>Everything here is pure: the current time always comes in as an {@code Instant now} parameter, so the
 * coordinator's decisions replay the same live and in recovery, and tests move time by hand. The DST rule
 * is {@code DstPolicy}'s; catch-up after an outage is
 * {@link dev.sluice.common.schedule.MissedFirings}'s. Operators' view: {@code docs/schedules.md}.
 */
package dev.sluice.common.schedule;
