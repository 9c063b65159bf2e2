package dev.sluice.common.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pipeline stage as its pipeline knows it.
 *
 * @param jobId  the child job that runs it
 * @param status the child's status as last heard: queued while running, then terminal
 * @param output what the child wrote (its plan's outputs), once it has completed
 * @param source the source the child was started with
 */
public record StageRun(String jobId, JobStatus status, Map<String, Object> output, String source) {
    public StageRun {
        // Not Map.copyOf: a handler's result may hold nulls (a file validation's "virus": null).
        output = output == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(output));
    }
}
