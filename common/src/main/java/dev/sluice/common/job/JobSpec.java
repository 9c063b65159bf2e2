package dev.sluice.common.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job request that passed validation: what to run, on what, and how.
 *
 * @param config  the request's {@code config} as given; handlers read their own keys from it
 * @param options the request's {@code options} as given, echoed back by the API
 * @param idempotencyKey the producer's key for retried requests, or null
 * @param start          when the job may start: schedule and dependencies
 * @param destination    the workbook a job writes into by its schema ({@code map}), or null
 */
public record JobSpec(JobType type, String operation, String source, Map<String, Object> config,
                      Map<String, Object> options, Execution execution, String idempotencyKey, Start start,
                      String destination) {

    public JobSpec(JobType type, String operation, String source, Map<String, Object> config,
                   Map<String, Object> options, Execution execution, String idempotencyKey) {
        this(type, operation, source, config, options, execution, idempotencyKey, Start.NOW, null);
    }

    public JobSpec(JobType type, String operation, String source, Map<String, Object> config,
                   Map<String, Object> options, Execution execution, String idempotencyKey, Start start) {
        this(type, operation, source, config, options, execution, idempotencyKey, start, null);
    }

    public JobSpec {
        start = start == null ? Start.NOW : start;
        if (type == null || operation == null || operation.isBlank() || execution == null) {
            throw new IllegalArgumentException("type, operation and execution are required");
        }
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The job a recurring schedule starts at a firing: the same, to run now, without the schedule's options. */
    public JobSpec asRun() {
        Map<String, Object> runOptions = new LinkedHashMap<>(options);
        runOptions.keySet().removeAll(java.util.Set.of("schedule", "recurring", "timezone", "missedFirings"));
        return new JobSpec(type, operation, source, config, runOptions, execution, null, Start.NOW, destination);
    }
}
