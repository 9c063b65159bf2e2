package dev.sluice.common.job;

import static dev.sluice.common.job.JobStatus.CANCELED;
import static dev.sluice.common.job.JobStatus.COMPLETED;
import static dev.sluice.common.job.JobStatus.CREATED;
import static dev.sluice.common.job.JobStatus.FAILED;
import static dev.sluice.common.job.JobStatus.QUEUED;
import static dev.sluice.common.job.JobStatus.RUNNING;
import static dev.sluice.common.job.JobStatus.SCHEDULED;
import static dev.sluice.common.job.JobStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JobTransitionsTest {

    /** Column order of the table below, by name rather than by ordinal. */
    private static final List<JobStatus> TO = List.of(CREATED, SCHEDULED, WAITING, QUEUED, RUNNING, COMPLETED, FAILED, CANCELED);

    /** The lifecycle: 'x' where the row's status may move to the column's. */
    private static final Map<JobStatus, String> TABLE = new EnumMap<>(Map.of(
            //              cre sch wai que run com fai can
            CREATED,   "     -   x   x   x   -   -   x   x",
            SCHEDULED, "     -   -   x   x   -   -   x   x",
            WAITING,   "     -   -   -   x   -   -   x   x",
            QUEUED,    "     -   -   -   -   x   x   x   x",
            RUNNING,   "     -   -   -   -   -   x   x   x",
            COMPLETED, "     -   -   -   -   -   -   -   -",
            FAILED,    "     -   -   -   -   -   -   -   -",
            CANCELED,  "     -   -   -   -   -   -   -   -"));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(JobStatus.values()).flatMap(from -> {
            String[] cells = TABLE.get(from).trim().split("\\s+");
            return TO.stream().map(to -> Arguments.of(from, to, cells[TO.indexOf(to)].equals("x")));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void everyMoveIsAllowedExactlyWhenTheLifecycleSaysSo(JobStatus from, JobStatus to, boolean expected) {
        assertThat(JobTransitions.allowed(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void checkReturnsTheNewStatusOrThrowsNamingBoth(JobStatus from, JobStatus to, boolean expected) {
        if (expected) {
            assertThat(JobTransitions.check("job-1", from, to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> JobTransitions.check("job-1", from, to))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("job job-1 cannot move from " + from.wireName() + " to " + to.wireName());
        }
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void aStatusIsTerminalExactlyWhenItGoesNowhere(JobStatus status) {
        boolean goesNowhere = Arrays.stream(JobStatus.values()).noneMatch(to -> JobTransitions.allowed(status, to));

        assertThat(status.terminal()).isEqualTo(goesNowhere);
    }

    @ParameterizedTest
    @EnumSource(JobStatus.class)
    void wireNameIsLowerCaseAndReadsBack(JobStatus status) {
        assertThat(status.wireName()).isEqualTo(status.name().toLowerCase());
        assertThat(status.toString()).isEqualTo(status.wireName());
        assertThat(JobStatus.fromWire(status.wireName())).isEqualTo(status);
    }
}
