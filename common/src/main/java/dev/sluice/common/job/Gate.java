package dev.sluice.common.job;

import java.time.Instant;
import java.util.List;

/**
 * What holds a job before it is queued.
 *
 * @param runAt      the time it is scheduled for, or null
 * @param waitingFor the jobs it still waits for, in the order given
 */
public record Gate(Instant runAt, List<String> waitingFor) {
    public Gate {
        waitingFor = waitingFor == null ? List.of() : List.copyOf(waitingFor);
    }

    Gate without(String dependency) {
        return new Gate(runAt, waitingFor.stream().filter(id -> !id.equals(dependency)).toList());
    }
}
