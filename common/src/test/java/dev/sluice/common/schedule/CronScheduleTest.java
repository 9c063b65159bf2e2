package dev.sluice.common.schedule;

import static dev.sluice.common.schedule.Schedules.NEW_YORK;
import static dev.sluice.common.schedule.Schedules.UTC;
import static dev.sluice.common.schedule.Schedules.at;
import static dev.sluice.common.schedule.Schedules.cron;
import static dev.sluice.common.schedule.Schedules.firingsOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    void quarterHourlyScheduleFiresNinetySixTimesOverADay() {
        List<Instant> firings = firingsOn(cron("*/15 * * * *", UTC), LocalDate.parse("2026-06-15"));

        assertThat(firings).hasSize(96).doesNotHaveDuplicates().isSorted();
        assertThat(firings.get(0)).isEqualTo(at("2026-06-15T00:15:00Z"));
        assertThat(firings.get(95)).isEqualTo(at("2026-06-16T00:00:00Z"));
    }

    @Test
    void simulatedDayOfTicksFiresEachQuarterHourOnce() {
        CronSchedule schedule = cron("*/15 * * * *", NEW_YORK);
        Instant clock = LocalDate.parse("2026-06-15").atStartOfDay(NEW_YORK).toInstant();
        Instant endOfDay = clock.plus(Duration.ofDays(1));
        int fired = 0;
        while (clock.isBefore(endOfDay)) {
            Instant next = clock.plusSeconds(37);
            fired += schedule.firingsBetween(clock, next, 100).size();
            clock = next;
        }

        assertThat(fired).isEqualTo(96);
    }

    @Test
    void firingsBetweenExcludesTheStartIncludesTheEndAndStopsAtMax() {
        CronSchedule hourly = cron("0 * * * *", UTC);

        assertThat(hourly.firingsBetween(at("2026-06-15T10:00:00Z"), at("2026-06-15T13:00:00Z"), 10))
                .containsExactly(at("2026-06-15T11:00:00Z"), at("2026-06-15T12:00:00Z"), at("2026-06-15T13:00:00Z"));
        assertThat(hourly.firingsBetween(at("2026-06-15T10:00:00Z"), at("2026-06-20T00:00:00Z"), 2))
                .containsExactly(at("2026-06-15T11:00:00Z"), at("2026-06-15T12:00:00Z"));
        assertThat(hourly.firingsBetween(at("2026-06-15T13:00:00Z"), at("2026-06-15T10:00:00Z"), 10)).isEmpty();
        assertThat(hourly.firingsBetween(at("2026-06-15T10:00:00Z"), at("2026-06-15T13:00:00Z"), 0)).isEmpty();
    }

    @Test
    void weekdayScheduleFiresOnTheTwentyTwoWeekdaysOfJanuary2026() {
        CronSchedule weekdays = cron("0 9 * * MON-FRI", NEW_YORK);

        List<Instant> firings = weekdays.firingsBetween(at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z"), 100);

        assertThat(firings).hasSize(22).startsWith(at("2026-01-01T14:00:00Z"), at("2026-01-02T14:00:00Z"),
                at("2026-01-05T14:00:00Z"));
    }

    @Test
    void previewGivesInstantsAndWallTimesInTheSchedulesZone() {
        List<Firing> preview = cron("0 2 * * *", NEW_YORK).preview(at("2026-03-06T12:00:00Z"), 3);

        assertThat(preview).containsExactly(
                new Firing(at("2026-03-07T07:00:00Z"), ZonedDateTime.parse("2026-03-07T02:00-05:00[America/New_York]")),
                new Firing(at("2026-03-08T07:00:00Z"), ZonedDateTime.parse("2026-03-08T03:00-04:00[America/New_York]")),
                new Firing(at("2026-03-09T06:00:00Z"), ZonedDateTime.parse("2026-03-09T02:00-04:00[America/New_York]")));
    }

    @Test
    void yearlyScheduleFindsNextYearsFiring() {
        CronSchedule yearly = cron("@yearly", NEW_YORK);

        assertThat(yearly.next(at("2026-01-01T05:00:00Z"))).contains(at("2027-01-01T05:00:00Z"));
        assertThat(yearly.preview(at("2026-01-01T05:00:00Z"), 3)).extracting(Firing::instant)
                .containsExactly(at("2027-01-01T05:00:00Z"), at("2028-01-01T05:00:00Z"), at("2029-01-01T05:00:00Z"));
    }

    @Test
    void leapDayScheduleSkipsTheCenturyYearThatIsNotLeap() {
        assertThat(cron("0 0 29 2 *", UTC).next(at("2096-03-01T00:00:00Z"))).contains(at("2104-02-29T00:00:00Z"));
    }

    @Test
    void scheduleThatMatchesNoDayHasNoNextFiring() {
        assertThat(cron("0 0 30 2 *", UTC).next(at("2026-01-01T00:00:00Z"))).isEmpty();
        assertThat(cron("0 0 30 2 *", UTC).preview(at("2026-01-01T00:00:00Z"), 5)).isEmpty();
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(() -> cron("0 * * * *", UTC).preview(at("2026-01-01T00:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firingMustShowItsOwnInstant() {
        ZonedDateTime fiveHoursLater = ZonedDateTime.parse("2026-01-01T00:00-05:00[America/New_York]");

        assertThatThrownBy(() -> new Firing(at("2026-01-01T00:00:00Z"), fiveHoursLater))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
