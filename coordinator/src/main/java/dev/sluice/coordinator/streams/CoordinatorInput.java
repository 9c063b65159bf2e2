package dev.sluice.coordinator.streams;

import dev.sluice.common.task.TaskReport;

/** What reaches the job processor: a request from the requests topic, or a worker's report. */
sealed interface CoordinatorInput {

    record Request(byte[] body) implements CoordinatorInput {
    }

    record Report(TaskReport report) implements CoordinatorInput {
    }
}
