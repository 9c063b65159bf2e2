package dev.sluice.coordinator.streams;

import dev.sluice.common.task.TaskReport;

/** What reaches the job processor: a request from the requests topic, a worker's report, or a notice from another job. */
sealed interface CoordinatorInput {

    record Request(byte[] body) implements CoordinatorInput {
    }

    record Report(TaskReport report) implements CoordinatorInput {
    }

    /** A notice the coordinator sent itself about the job. */
    record Notice(dev.sluice.coordinator.decide.Notice notice) implements CoordinatorInput {
    }
}
