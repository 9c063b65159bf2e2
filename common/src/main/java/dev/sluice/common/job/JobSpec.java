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
 */
public record JobSpec(JobType type, String operation, String source, Map<String, Object> config,
                      Map<String, Object> options, Execution execution, String idempotencyKey) {
    public JobSpec {
        if (type == null || operation == null || operation.isBlank() || execution == null) {
            throw new IllegalArgumentException("type, operation and execution are required");
        }
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
