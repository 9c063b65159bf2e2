package dev.sluice.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.common.request.InvalidRequestException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleParseTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    static InvalidRequestException rejection(String schedule, String timezone, boolean recurring) {
        return catchThrowableOfType(InvalidRequestException.class,
                () -> Schedule.parse(schedule, timezone, recurring, NOW));
    }

    @Test
    void noScheduleMeansImmediateWhichRunsNow() throws Exception {
        Schedule schedule = Schedule.parse(null, null, false, NOW);

        assertThat(schedule).isEqualTo(new Immediate());
        assertThat(schedule.firstRun(NOW)).contains(NOW);
        assertThat(Schedule.parse("immediate", null, false, NOW)).isEqualTo(new Immediate());
    }

    @Test
    void isoInstantInUtcBecomesAOneOff() throws Exception {
        Schedule schedule = Schedule.parse("2026-12-01T09:00:00Z", null, false, NOW);

        assertThat(schedule).isEqualTo(new OneOff(Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(schedule.firstRun(NOW)).contains(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void isoTimeWithAnOffsetIsThatInstant() throws Exception {
        assertThat(Schedule.parse("2026-12-01T09:00:00+01:00", "America/New_York", false, NOW))
                .isEqualTo(new OneOff(Instant.parse("2026-12-01T08:00:00Z")));
        assertThat(Schedule.parse("2026-12-01T09:00:00.250-05:00", null, false, NOW))
                .isEqualTo(new OneOff(Instant.parse("2026-12-01T14:00:00.250Z")));
    }

    @Test
    void isoTimeWithoutOffsetIsWallTimeInTheTimezone() throws Exception {
        assertThat(Schedule.parse("2026-12-01T09:00:00", "America/New_York", false, NOW))
                .isEqualTo(new OneOff(Instant.parse("2026-12-01T14:00:00Z")));
        assertThat(Schedule.parse("2026-12-01T09:00", null, false, NOW))
                .isEqualTo(new OneOff(Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void isoWallTimeInADstGapMovesForwardByTheGap() throws Exception {
        assertThat(Schedule.parse("2027-03-14T02:30:00", "America/New_York", false, NOW))
                .isEqualTo(new OneOff(Instant.parse("2027-03-14T07:30:00Z")));
    }

    @Test
    void isoTimeInThePastIsRefusedForAOneOffJob() {
        InvalidRequestException e = rejection("2026-06-15T11:59:59Z", null, false);

        assertThat(e.field()).isEqualTo("options.schedule");
        assertThat(e.reason()).isEqualTo("2026-06-15T11:59:59Z is in the past (now is 2026-06-15T12:00:00Z);"
                + " give a future time, or \"immediate\"");
    }

    @Test
    void isoTimeExactlyNowIsAccepted() throws Exception {
        assertThat(Schedule.parse("2026-06-15T12:00:00Z", null, false, NOW)).isEqualTo(new OneOff(NOW));
    }

    @Test
    void malformedIsoTimeIsRefusedWithTheParserReason() {
        InvalidRequestException e = rejection("2026-13-01T09:00:00Z", null, false);

        assertThat(e.field()).isEqualTo("options.schedule");
        assertThat(e.reason()).startsWith("is not an ISO-8601 time such as 2026-12-01T09:00:00Z:")
                .contains("MonthOfYear");
    }

    @Test
    void cronBecomesACronScheduleInTheTimezone() throws Exception {
        Schedule schedule = Schedule.parse("0 2 * * *", "America/New_York", true, NOW);

        assertThat(schedule).isEqualTo(new CronSchedule(CronExpression.parse("0 2 * * *"),
                ZoneId.of("America/New_York"), true));
        assertThat(schedule.firstRun(NOW)).contains(Instant.parse("2026-06-16T06:00:00Z"));
    }

    @Test
    void cronWithoutRecurringRunsOnceAtItsNextFiring() throws Exception {
        CronSchedule schedule = (CronSchedule) Schedule.parse("30 12 * * *", null, false, NOW);

        assertThat(schedule.recurring()).isFalse();
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(schedule.firstRun(NOW)).contains(Instant.parse("2026-06-15T12:30:00Z"));
    }

    @Test
    void invalidCronIsRefusedWithTheReason() {
        InvalidRequestException e = rejection("0 25 * * *", null, true);

        assertThat(e.field()).isEqualTo("options.schedule");
        assertThat(e.reason()).isEqualTo("invalid cron expression '0 25 * * *': Value 25 not in range [0, 23]");
    }

    @Test
    void cronThatNeverFiresIsRefused() {
        assertThat(rejection("0 0 30 2 *", null, true).reason()).isEqualTo("cron expression '0 0 30 2 *' never fires");
    }

    @Test
    void leapDayCronIsAcceptedAndFiresOnTheNextLeapDay() throws Exception {
        assertThat(Schedule.parse("0 0 29 2 *", null, true, NOW).firstRun(NOW))
                .contains(Instant.parse("2028-02-29T00:00:00Z"));
    }

    @Test
    void recurringWithoutACronIsRefused() {
        assertThat(rejection("immediate", null, true).reason())
                .isEqualTo("recurring: true needs a cron expression such as \"0 2 * * *\", not \"immediate\"");
        assertThat(rejection(null, null, true).field()).isEqualTo("options.schedule");
        assertThat(rejection("2026-12-01T09:00:00Z", null, true).reason()).endsWith("not a one-off time");
    }

    @Test
    void emptyScheduleIsRefused() {
        assertThat(rejection(" ", null, false).reason()).startsWith("is empty");
    }

    @Test
    void unknownTimezoneIsRefusedNamingTheField() {
        InvalidRequestException e = rejection("0 2 * * *", "Mars/Olympus_Mons", true);

        assertThat(e.field()).isEqualTo("options.timezone");
        assertThat(e.reason())
                .isEqualTo("unknown time zone 'Mars/Olympus_Mons'; use an IANA name such as America/New_York or UTC");
    }

    @Test
    void timezoneIsCheckedForEveryKindOfSchedule() {
        assertThat(rejection("immediate", "Europe/Atlantis", false).field()).isEqualTo("options.timezone");
        assertThat(rejection("immediate", "+02:00", false).field()).isEqualTo("options.timezone");
    }
}
