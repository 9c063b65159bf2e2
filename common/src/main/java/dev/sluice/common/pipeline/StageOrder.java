package dev.sluice.common.pipeline;

import dev.sluice.common.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a pipeline's stages in an order in which every stage follows its dependencies, or names the cycle
 * that makes that impossible.
 *
 * <p>The order is stable: at each step the earliest-declared stage whose dependencies are all placed comes
 * next. A pipeline declared in a workable order therefore keeps it, and the same request always yields the
 * same order, live and in replay. Expects stage names to be unique and every dependency to name a stage.
 */
final class StageOrder {

    private StageOrder() {
    }

    static List<Stage> of(List<Stage> declared) throws InvalidRequestException {
        List<Stage> order = new ArrayList<>(declared.size());
        Set<String> placed = new HashSet<>();
        while (order.size() < declared.size()) {
            Stage next = firstPlaceable(declared, placed);
            if (next == null) {
                throw new InvalidRequestException(StageGraph.FIELD,
                        "stages depend on each other in a cycle: " + cycle(declared, placed));
            }
            order.add(next);
            placed.add(next.name());
        }
        return List.copyOf(order);
    }

    private static Stage firstPlaceable(List<Stage> declared, Set<String> placed) {
        for (Stage stage : declared) {
            if (!placed.contains(stage.name()) && placed.containsAll(stage.dependsOn())) {
                return stage;
            }
        }
        return null;
    }

    /**
     * One cycle among the stages not placed, in the direction work flows ({@code a -> b}: b depends on a),
     * starting at its earliest-declared stage. Every unplaced stage waits on another unplaced one, so
     * following those waits from any of them must come round to a stage already visited.
     */
    private static String cycle(List<Stage> declared, Set<String> placed) {
        Map<String, Stage> unplaced = new LinkedHashMap<>();
        declared.stream().filter(s -> !placed.contains(s.name())).forEach(s -> unplaced.put(s.name(), s));
        List<String> path = new ArrayList<>();
        String current = unplaced.keySet().iterator().next();
        while (!path.contains(current)) {
            path.add(current);
            current = unplaced.get(current).dependsOn().stream()
                    .filter(unplaced::containsKey)
                    .findFirst()
                    .orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        Collections.reverse(loop);
        String first = unplaced.keySet().stream().filter(loop::contains).findFirst().orElseThrow();
        Collections.rotate(loop, -loop.indexOf(first));
        loop.add(first);
        return String.join(" -> ", loop);
    }
}
