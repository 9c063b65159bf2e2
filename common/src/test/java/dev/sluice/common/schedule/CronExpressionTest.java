package dev.sluice.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.common.request.InvalidRequestException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronExpressionTest {

    private static final LocalDateTime NEW_YEAR = LocalDateTime.parse("2026-01-01T00:00");

    static InvalidRequestException rejection(String text) {
        return catchThrowableOfType(InvalidRequestException.class, () -> CronExpression.parse(text));
    }

    @ParameterizedTest(name = "{0} first fires at {1}")
    @CsvSource(delimiter = '|', value = {
            "30 2 * * *        | 2026-01-01T02:30",
            "*/15 * * * *      | 2026-01-01T00:15",
            "0 9 * * MON-FRI   | 2026-01-01T09:00",
            "0 0 1 jan,jul *   | 2026-07-01T00:00",
            "0 12 * * 7        | 2026-01-04T12:00",
            "@hourly           | 2026-01-01T01:00",
            "@daily            | 2026-01-02T00:00",
            "@midnight         | 2026-01-02T00:00",
            "@weekly           | 2026-01-04T00:00",
            "@monthly          | 2026-02-01T00:00",
            "@yearly           | 2027-01-01T00:00",
            "@annually         | 2027-01-01T00:00"})
    void validExpressionsMatchTheirWallTimes(String text, String first) throws Exception {
        assertThat(CronExpression.parse(text).after(NEW_YEAR)).contains(LocalDateTime.parse(first));
    }

    @Test
    void restrictedDayOfMonthAndDayOfWeekMatchEitherAsInUnixCron() throws Exception {
        CronExpression fridaysAndThe13th = CronExpression.parse("0 0 13 * 5");

        assertThat(fridaysAndThe13th.after(NEW_YEAR)).contains(LocalDateTime.parse("2026-01-02T00:00"));
        assertThat(fridaysAndThe13th.after(LocalDateTime.parse("2026-01-09T00:00")))
                .contains(LocalDateTime.parse("2026-01-13T00:00"));
    }

    @Test
    void textIsKeptAsWrittenWithoutSurroundingBlanks() throws Exception {
        assertThat(CronExpression.parse("  30 2 * * *\n").text()).isEqualTo("30 2 * * *");
        assertThat(CronExpression.parse("@daily").text()).isEqualTo("@daily");
    }

    @Test
    void invalidFieldValueIsRejectedWithCronUtilsReason() {
        InvalidRequestException e = rejection("61 * * * *");

        assertThat(e.field()).isEqualTo("options.schedule");
        assertThat(e.reason()).isEqualTo("invalid cron expression '61 * * * *': Value 61 not in range [0, 59]");
    }

    @Test
    void invertedRangeIsRejectedWithCronUtilsReason() {
        assertThat(rejection("0 0 * * 5-1").reason()).contains("'0 0 * * 5-1'").contains("Invalid range");
    }

    @Test
    void quartzExtensionsAreNotPartOfTheUnixDialect() {
        assertThat(rejection("0 0 L * *").reason()).contains("Invalid chars").contains("L");
        assertThat(rejection("0 0 ? * *").reason()).contains("Invalid expression: ?");
    }

    @Test
    void sixFieldsWithSecondsAreRefusedWithTheReason() {
        InvalidRequestException e = rejection("0 30 2 * * *");

        assertThat(e.field()).isEqualTo("options.schedule");
        assertThat(e.reason()).isEqualTo("cron expression '0 30 2 * * *' has 6 fields; expected 5"
                + " (minute hour day-of-month month day-of-week); seconds are not supported");
    }

    @Test
    void tooFewFieldsAreRefused() {
        assertThat(rejection("0 2 * *").reason()).startsWith("cron expression '0 2 * *' has 4 fields; expected 5");
    }

    @Test
    void unknownMacroIsRefusedNamingTheKnownOnes() {
        assertThat(rejection("@reboot").reason()).startsWith("unknown cron macro '@reboot'; use @yearly");
    }

    @Test
    void expressionsAreEqualByTheirText() throws Exception {
        assertThat(CronExpression.parse("0 2 * * *")).isEqualTo(CronExpression.parse(" 0 2 * * * "))
                .isNotEqualTo(CronExpression.parse("0 3 * * *"));
    }
}
