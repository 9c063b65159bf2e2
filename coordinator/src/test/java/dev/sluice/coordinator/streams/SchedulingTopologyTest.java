package dev.sluice.coordinator.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.Priority;
import dev.sluice.common.task.Task;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delayed and recurring jobs on the topology, with wall-clock time advanced by hand from 2026-01-01T00:00Z. */
class SchedulingTopologyTest extends TopologyTestBase {


    /** Time moves in steps of minutes here; a heartbeat stays valid for an hour so the worker stays live. */
    @Override
    dev.sluice.coordinator.CoordinatorSettings settings() {
        return super.settings().withWorkerTimeout(Duration.ofHours(1));
    }



    private static String synthetic(String options) {
        return "{\"type\":\"custom\",\"operation\":\"synthetic\",\"config\":{\"records\":10},\"options\":{" + options + "}}";
    }

    @Test
    void aDelayedJobStartsAtItsTimeAndNotBefore() {
        h.request("job-1", synthetic("\"schedule\":\"2026-01-01T00:10:00Z\""));
        assertThat(h.state("job-1").status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(TopologyHarness.lastJob(h.events()).get("blockedBy").asText())
                .isEqualTo("scheduled for 2026-01-01T00:10:00Z");

        pass(Duration.ofMinutes(9).plusSeconds(59), Duration.ofSeconds(1));
        assertThat(h.tasks(Priority.NORMAL)).as("before its time").isEmpty();
        assertThat(h.state("job-1").status()).isEqualTo(JobStatus.SCHEDULED);

        pass(Duration.ofSeconds(2), Duration.ofMillis(250));
        assertThat(h.completeAll(10)).hasSize(1);
        assertThat(h.state("job-1").status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void aRecurringScheduleStartsOneRunPerFiringOverASimulatedDay() {
        h.request("sync", synthetic("\"schedule\":\"0 * * * *\",\"recurring\":true"));
        assertThat(h.state("sync").recurrence().nextRunAt()).hasToString("2026-01-01T01:00:00Z");

        pass(Duration.ofHours(24), Duration.ofMinutes(5));
        List<Task> runs = h.tasks(Priority.NORMAL);

        assertThat(runs).hasSize(24);
        assertThat(runs).extracting(Task::jobId).doesNotHaveDuplicates()
                .startsWith("sync-run-" + java.time.Instant.parse("2026-01-01T01:00:00Z").getEpochSecond());
        JobState schedule = h.state("sync");
        assertThat(schedule.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(schedule.recurrence().runs()).isEqualTo(24);
        assertThat(schedule.recurrence().nextRunAt()).hasToString("2026-01-02T01:00:00Z");
        assertThat(h.state(runs.get(0).jobId()).parentId()).isEqualTo("sync");
    }

    @Test
    void afterAnOutageTheDefaultPolicyRunsOneMissedFiring() {
        assertThat(runsAfterOutage("")).isEqualTo(1);
    }

    @Test
    void afterAnOutageSkipRunsNoMissedFiring() {
        assertThat(runsAfterOutage(",\"missedFirings\":\"skip\"")).isZero();
    }

    @Test
    void afterAnOutageAllRunsEveryMissedFiring() {
        assertThat(runsAfterOutage(",\"missedFirings\":\"all\"")).isEqualTo(5);
    }

    /** An hourly schedule whose coordinator was away from 00:30 to 05:40; the runs started on its return. */
    private int runsAfterOutage(String policy) {
        h.request("sync", synthetic("\"schedule\":\"0 * * * *\",\"recurring\":true" + policy));
        h.advance(Duration.ofHours(5).plusMinutes(40)); // one tick after a long silence: the firings 01:00..05:00 were missed
        int ran = h.state("sync").recurrence().runs();
        h.heartbeat("w1");
        pass(Duration.ofMinutes(30), Duration.ofMinutes(1));
        assertThat(h.tasks(Priority.NORMAL)).as("the runs started, and 06:00's").hasSize(ran + 1);
        assertThat(h.state("sync").recurrence().runs()).isEqualTo(ran + 1);
        return ran;
    }

    @Test
    void aPausedScheduleStartsNoRunsAndResumesWithoutCatchingUp() {
        h.request("sync", synthetic("\"schedule\":\"*/15 * * * *\",\"recurring\":true"));
        pass(Duration.ofMinutes(16), Duration.ofMinutes(1));
        assertThat(h.tasks(Priority.NORMAL)).hasSize(1);

        h.request("sync", "{\"action\":\"pause\"}");
        pass(Duration.ofMinutes(60), Duration.ofMinutes(1));
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
        assertThat(h.state("sync").recurrence().paused()).isTrue();

        h.request("sync", "{\"action\":\"resume\"}");
        pass(Duration.ofMinutes(14), Duration.ofMinutes(1));
        assertThat(h.tasks(Priority.NORMAL)).as("the 01:30 firing only, none of the paused hour").hasSize(1);
    }

    @Test
    void deletingAScheduleCancelsIt() {
        h.request("sync", synthetic("\"schedule\":\"*/15 * * * *\",\"recurring\":true"));
        h.request("sync", "{\"action\":\"cancel\",\"reason\":\"schedule deleted\"}");
        pass(Duration.ofMinutes(30), Duration.ofMinutes(1));

        assertThat(h.state("sync").status()).isEqualTo(JobStatus.CANCELED);
        assertThat(h.tasks(Priority.NORMAL)).isEmpty();
    }
}
