package dev.sluice.common.schedule;

import static dev.sluice.common.schedule.Schedules.NEW_YORK;
import static dev.sluice.common.schedule.Schedules.UTC;
import static dev.sluice.common.schedule.Schedules.at;
import static dev.sluice.common.schedule.Schedules.cron;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An hourly schedule last fired at 10:00; the coordinator was down until 15:30, five firings later. */
class MissedFiringsTest {

    private static final CronSchedule HOURLY = cron("0 * * * *", UTC);
    private static final Instant LAST_FIRED = at("2026-06-15T10:00:00Z");
    private static final Instant RECOVERED = at("2026-06-15T15:30:00Z");
    private static final Instant NEXT = at("2026-06-15T16:00:00Z");

    @Test
    void oneRunsTheMostRecentMissedFiringOnce() {
        CatchUp plan = MissedFirings.ONE.plan(HOURLY, LAST_FIRED, RECOVERED);

        assertThat(plan.fireNow()).containsExactly(at("2026-06-15T15:00:00Z"));
        assertThat(plan.next()).contains(NEXT);
    }

    @Test
    void skipRunsNoMissedFiringAndWaitsForTheNext() {
        CatchUp plan = MissedFirings.SKIP.plan(HOURLY, LAST_FIRED, RECOVERED);

        assertThat(plan.fireNow()).isEmpty();
        assertThat(plan.next()).contains(NEXT);
    }

    @Test
    void allRunsEveryMissedFiringOldestFirst() {
        CatchUp plan = MissedFirings.ALL.plan(HOURLY, LAST_FIRED, RECOVERED);

        assertThat(plan.fireNow()).containsExactly(at("2026-06-15T11:00:00Z"), at("2026-06-15T12:00:00Z"),
                at("2026-06-15T13:00:00Z"), at("2026-06-15T14:00:00Z"), at("2026-06-15T15:00:00Z"));
        assertThat(plan.next()).contains(NEXT);
    }

    @Test
    void allKeepsOnlyTheMostRecentHundredAfterALongOutage() {
        CronSchedule minutely = cron("* * * * *", UTC);
        Instant now = at("2026-06-16T00:00:00Z");

        CatchUp plan = MissedFirings.ALL.plan(minutely, at("2026-06-15T00:00:00Z"), now);

        assertThat(plan.fireNow()).hasSize(MissedFirings.MAX_ALL).isSorted().doesNotHaveDuplicates();
        assertThat(plan.fireNow().get(0)).isEqualTo(now.minus(Duration.ofMinutes(99)));
        assertThat(plan.fireNow().get(99)).isEqualTo(now);
        assertThat(plan.next()).contains(at("2026-06-16T00:01:00Z"));
    }

    @Test
    void skipStillRunsAFiringThatIsDueRatherThanMissed() {
        Instant justAfterThree = at("2026-06-15T15:00:40Z");

        assertThat(MissedFirings.SKIP.plan(HOURLY, LAST_FIRED, justAfterThree).fireNow())
                .containsExactly(at("2026-06-15T15:00:00Z"));
        assertThat(MissedFirings.SKIP.plan(HOURLY, LAST_FIRED, at("2026-06-15T15:01:01Z")).fireNow()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MissedFirings.class)
    void everyPolicyRunsTheOneFiringOfANormalTick(MissedFirings policy) {
        CatchUp plan = policy.plan(HOURLY, at("2026-06-15T14:00:00Z"), at("2026-06-15T15:00:05Z"));

        assertThat(plan.fireNow()).containsExactly(at("2026-06-15T15:00:00Z"));
        assertThat(plan.next()).contains(NEXT);
    }

    @ParameterizedTest
    @EnumSource(MissedFirings.class)
    void nothingRunsBetweenFirings(MissedFirings policy) {
        CatchUp plan = policy.plan(HOURLY, at("2026-06-15T15:00:00Z"), RECOVERED);

        assertThat(plan.fireNow()).isEmpty();
        assertThat(plan.next()).contains(NEXT);
    }

    @Test
    void lastFiredAheadOfTheClockFiresNothingAndWaitsPastIt() {
        CatchUp plan = MissedFirings.ALL.plan(HOURLY, at("2026-06-15T17:00:00Z"), RECOVERED);

        assertThat(plan.fireNow()).isEmpty();
        assertThat(plan.next()).contains(at("2026-06-15T18:00:00Z"));
    }

    @Test
    void allAcrossTheFallOverlapRunsEachWallTimeOnce() {
        CronSchedule hourly = cron("0 * * * *", NEW_YORK);

        CatchUp plan = MissedFirings.ALL.plan(hourly, at("2026-11-01T04:00:00Z"), at("2026-11-01T09:30:00Z"));

        assertThat(plan.fireNow()).containsExactly(at("2026-11-01T05:00:00Z"), at("2026-11-01T07:00:00Z"),
                at("2026-11-01T08:00:00Z"), at("2026-11-01T09:00:00Z"));
    }

    @Test
    void defaultIsOneAndWireNamesRoundTrip() {
        assertThat(MissedFirings.DEFAULT).isEqualTo(MissedFirings.ONE);
        for (MissedFirings policy : MissedFirings.values()) {
            assertThat(MissedFirings.fromWire(policy.wireName())).isEqualTo(policy);
        }
        assertThat(MissedFirings.fromWire("ONE")).isNull();
        assertThat(MissedFirings.SKIP.wireName()).isEqualTo("skip");
    }
}
