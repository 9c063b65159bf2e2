package dev.sluice.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * What cron-utils 9.2.1 does across DST when asked in the zone itself: the reason schedules ask it only
 * about wall times and apply {@code DstPolicy} themselves. Should an upgrade change this, revisit the policy's
 * javadoc; schedules are unaffected either way.
 */
class CronUtilsDstTest {

    private static ExecutionTime unix(String expression) {
        CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
        return ExecutionTime.forCron(parser.parse(expression));
    }

    @Test
    void cronUtilsDropsAFiringThatFallsInTheSpringGap() {
        ZonedDateTime eve = ZonedDateTime.parse("2026-03-07T12:00-05:00[America/New_York]");

        assertThat(unix("30 2 * * *").nextExecution(eve))
                .contains(ZonedDateTime.parse("2026-03-09T02:30-04:00[America/New_York]"));
    }

    @Test
    void cronUtilsFiresTwiceWhenAnHourlyWallTimeRepeatsInTheFallOverlap() {
        ZonedDateTime firstOne = ZonedDateTime.parse("2026-11-01T01:00-04:00[America/New_York]");

        assertThat(unix("0 * * * *").nextExecution(firstOne))
                .contains(ZonedDateTime.parse("2026-11-01T01:00-05:00[America/New_York]"));
    }
}
