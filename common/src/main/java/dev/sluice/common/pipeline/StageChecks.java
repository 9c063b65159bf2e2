package dev.sluice.common.pipeline;

import dev.sluice.common.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks on a stage list that come before ordering it; each rejection names the stages at fault. */
final class StageChecks {

    private StageChecks() {
    }

    /** The stages by name, in declaration order; refuses an empty list and names used more than once. */
    static Map<String, Stage> byName(List<Stage> stages) throws InvalidRequestException {
        if (stages == null || stages.isEmpty()) {
            throw new InvalidRequestException(StageGraph.FIELD, "a pipeline needs at least one stage");
        }
        Map<String, Stage> byName = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (Stage stage : stages) {
            if (byName.putIfAbsent(stage.name(), stage) != null) {
                repeated.add(stage.name());
            }
        }
        if (!repeated.isEmpty()) {
            throw new InvalidRequestException(StageGraph.FIELD, "stage names must be unique; used more than once: "
                    + String.join(", ", repeated));
        }
        return byName;
    }

    /** Refuses a stage that depends on itself or on a name that is no stage of the pipeline. */
    static void dependenciesExist(List<Stage> stages, Map<String, Stage> byName) throws InvalidRequestException {
        List<String> problems = new ArrayList<>();
        for (Stage stage : stages) {
            for (String dependency : stage.dependsOn()) {
                if (dependency.equals(stage.name())) {
                    problems.add("stage '" + stage.name() + "' depends on itself");
                } else if (!byName.containsKey(dependency)) {
                    problems.add("stage '" + stage.name() + "' depends on '" + dependency + "', which is not a stage");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(StageGraph.FIELD, String.join("; ", problems));
        }
    }
}
