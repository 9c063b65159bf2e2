package dev.sluice.common.pipeline;

import dev.sluice.common.job.JobType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One entry of a pipeline's {@code config.stages}; each stage runs as a child job of the pipeline.
 *
 * @param name      unique within the pipeline; what other stages' {@code dependsOn} refer to
 * @param type      the child job's type
 * @param operation the child job's operation
 * @param config    the child job's {@code config} as given; empty when absent
 * @param dependsOn names of the stages that must complete before this one starts, in the order given with
 *                  repeats removed; empty when the stage can start at once
 * @param source    the child job's {@code source}; null to take it from the stages it depends on (the
 *                  workbook or file the first of them wrote or read), or from the pipeline's own source
 * @param destination the child job's {@code destination} (the schema workbook a {@code map} writes by), or null
 */
public record Stage(String name, JobType type, String operation, Map<String, Object> config, List<String> dependsOn,
                    String source, String destination) {

    public Stage(String name, JobType type, String operation, Map<String, Object> config, List<String> dependsOn) {
        this(name, type, operation, config, dependsOn, null, null);
    }

    public Stage {
        if (name == null || name.isBlank() || type == null || operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name, a type and an operation");
        }
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
        dependsOn = dependsOn == null ? List.of() : List.copyOf(new LinkedHashSet<>(dependsOn));
    }
}
