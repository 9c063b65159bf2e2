package dev.sluice.common.schedule;

import static dev.sluice.common.schedule.Schedules.NEW_YORK;
import static dev.sluice.common.schedule.Schedules.SYDNEY;
import static dev.sluice.common.schedule.Schedules.at;
import static dev.sluice.common.schedule.Schedules.cron;
import static dev.sluice.common.schedule.Schedules.firingsOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DST policy: a wall time skipped by a gap fires later by the gap's length; a wall time repeated by an
 * overlap fires once, at its first occurrence. Transition dates come from the JDK's zone rules.
 */
class DstFiringsTest {

    private static final LocalDate NY_SPRING = transitionDay(NEW_YORK, "2026-01-01T00:00:00Z");
    private static final LocalDate NY_FALL = transitionDay(NEW_YORK, "2026-06-01T00:00:00Z");
    private static final LocalDate SYDNEY_END = transitionDay(SYDNEY, "2026-01-01T00:00:00Z");
    private static final LocalDate SYDNEY_START = transitionDay(SYDNEY, "2026-06-01T00:00:00Z");

    private static LocalDate transitionDay(ZoneId zone, String after) {
        return zone.getRules().nextTransition(at(after)).getDateTimeBefore().toLocalDate();
    }

    private static ZoneOffsetTransition transitionOn(ZoneId zone, LocalDate day) {
        return zone.getRules().nextTransition(day.atStartOfDay(zone).toInstant());
    }

    @Test
    void zoneRulesPlaceTheTransitionsOnTheExpectedDays() {
        assertThat(NY_SPRING).isEqualTo(LocalDate.parse("2026-03-08"));
        assertThat(transitionOn(NEW_YORK, NY_SPRING).isGap()).isTrue();
        assertThat(NY_FALL).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(transitionOn(NEW_YORK, NY_FALL).isOverlap()).isTrue();

        ZoneOffsetTransition sydneyStart = transitionOn(SYDNEY, SYDNEY_START);
        assertThat(SYDNEY_START).isEqualTo(LocalDate.parse("2026-10-04"));
        assertThat(sydneyStart.getDateTimeBefore()).isEqualTo(LocalDateTime.parse("2026-10-04T02:00"));
        assertThat(sydneyStart.getDateTimeAfter()).isEqualTo(LocalDateTime.parse("2026-10-04T03:00"));
        ZoneOffsetTransition sydneyEnd = transitionOn(SYDNEY, SYDNEY_END);
        assertThat(SYDNEY_END).isEqualTo(LocalDate.parse("2026-04-05"));
        assertThat(sydneyEnd.getDateTimeBefore()).isEqualTo(LocalDateTime.parse("2026-04-05T03:00"));
        assertThat(sydneyEnd.getDateTimeAfter()).isEqualTo(LocalDateTime.parse("2026-04-05T02:00"));
    }

    @Test
    void newYorkDailyFiringInTheSpringGapRunsAnHourLaterOnThatDayOnly() {
        CronSchedule daily = cron("30 2 * * *", NEW_YORK);

        assertThat(daily.next(at("2026-03-07T12:00:00Z"))).contains(at("2026-03-08T07:30:00Z"));
        assertThat(firingsOn(daily, NY_SPRING)).containsExactly(at("2026-03-08T07:30:00Z"));
        assertThat(daily.preview(at("2026-03-07T00:00:00Z"), 3)).extracting(f -> f.wallTime().toString())
                .containsExactly("2026-03-07T02:30-05:00[America/New_York]",
                        "2026-03-08T03:30-04:00[America/New_York]",
                        "2026-03-09T02:30-04:00[America/New_York]");
    }

    @Test
    void newYorkShiftedFiringIsFoundFromAnInstantAfterTheGapEnds() {
        CronSchedule daily = cron("30 2 * * *", NEW_YORK);

        assertThat(daily.next(at("2026-03-08T07:10:00Z"))).contains(at("2026-03-08T07:30:00Z"));
        assertThat(daily.next(at("2026-03-08T07:30:00Z"))).contains(at("2026-03-09T06:30:00Z"));
    }

    @Test
    void newYorkHourlyFiresTwentyThreeDistinctTimesOnTheSpringDay() {
        List<Instant> firings = firingsOn(cron("0 * * * *", NEW_YORK), NY_SPRING);

        assertThat(firings).hasSize(23).doesNotHaveDuplicates().isSorted();
        assertThat(firings).startsWith(at("2026-03-08T06:00:00Z"), at("2026-03-08T07:00:00Z"), at("2026-03-08T08:00:00Z"));
        assertThat(firings).endsWith(at("2026-03-09T04:00:00Z"));
    }

    @Test
    void newYorkDailyFiringInTheFallOverlapRunsOnceAtTheFirstOccurrence() {
        CronSchedule daily = cron("30 1 * * *", NEW_YORK);

        assertThat(firingsOn(daily, NY_FALL)).containsExactly(at("2026-11-01T05:30:00Z"));
        assertThat(daily.next(at("2026-11-01T05:30:00Z"))).contains(at("2026-11-02T06:30:00Z"));
    }

    @Test
    void newYorkHourlyFiresTwentyFourTimesOnTheTwentyFiveHourFallDay() {
        List<Instant> firings = firingsOn(cron("0 * * * *", NEW_YORK), NY_FALL);

        assertThat(firings).hasSize(24).doesNotHaveDuplicates().isSorted();
        assertThat(firings).contains(at("2026-11-01T05:00:00Z"), at("2026-11-01T07:00:00Z"))
                .doesNotContain(at("2026-11-01T06:00:00Z"));
        assertThat(firings.get(0)).isEqualTo(at("2026-11-01T05:00:00Z"));
        assertThat(Duration.between(firings.get(0), firings.get(1))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void quarterHourlyRunsEachWallTimeOnceOnBothNewYorkTransitionDays() {
        CronSchedule quarterly = cron("*/15 * * * *", NEW_YORK);

        assertThat(firingsOn(quarterly, NY_SPRING)).hasSize(92);
        assertThat(firingsOn(quarterly, NY_FALL)).hasSize(96);
    }

    @Test
    void sydneyDailyFiringInTheSpringGapRunsAnHourLater() {
        CronSchedule daily = cron("30 2 * * *", SYDNEY);

        assertThat(firingsOn(daily, SYDNEY_START)).containsExactly(at("2026-10-03T16:30:00Z"));
        assertThat(daily.preview(at("2026-10-03T00:00:00Z"), 1).get(0).wallTime().toString())
                .isEqualTo("2026-10-04T03:30+11:00[Australia/Sydney]");
    }

    @Test
    void sydneyDailyFiringInTheAutumnOverlapRunsOnceAtTheFirstOccurrence() {
        CronSchedule daily = cron("30 2 * * *", SYDNEY);

        assertThat(firingsOn(daily, SYDNEY_END)).containsExactly(at("2026-04-04T15:30:00Z"));
        assertThat(daily.preview(at("2026-04-04T00:00:00Z"), 1).get(0).wallTime().toString())
                .isEqualTo("2026-04-05T02:30+11:00[Australia/Sydney]");
    }

    @Test
    void sydneyHourlyFiresTwentyThreeTimesWhenDstStartsAndTwentyFourWhenItEnds() {
        CronSchedule hourly = cron("0 * * * *", SYDNEY);

        assertThat(firingsOn(hourly, SYDNEY_START)).hasSize(23).doesNotHaveDuplicates();
        assertThat(firingsOn(hourly, SYDNEY_END)).hasSize(24).doesNotHaveDuplicates()
                .contains(at("2026-04-04T15:00:00Z")).doesNotContain(at("2026-04-04T16:00:00Z"));
    }

    @Test
    void aWholeDaySkippedByTheZoneFiresOnceAtTheShiftedTime() {
        // Samoa moved across the date line: 2011-12-30 did not happen in Pacific/Apia.
        CronSchedule noon = cron("0 12 * * *", ZoneId.of("Pacific/Apia"));

        assertThat(noon.firingsBetween(at("2011-12-28T23:00:00Z"), at("2011-12-31T12:00:00Z"), 10))
                .containsExactly(at("2011-12-29T22:00:00Z"), at("2011-12-30T22:00:00Z"));
    }
}
