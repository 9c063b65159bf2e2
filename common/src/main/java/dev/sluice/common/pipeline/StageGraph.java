package dev.sluice.common.pipeline;

import dev.sluice.common.request.InvalidRequestException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline's stages and the order {@code dependsOn} puts them in: which stages may start now, and which
 * are lost when one fails.
 *
 * <p>Built only from a valid list: unique names, every {@code dependsOn} naming another stage of the same
 * pipeline, and no cycle. Queries take the pipeline's progress as sets of stage names and return stages
 * in {@link #order()}, so the same progress always gives the same answer.
 */
public final class StageGraph {

    /** The request field every rejection names. */
    public static final String FIELD = "config.stages";

    private final List<Stage> stages;
    private final Map<String, Stage> byName;
    private final List<Stage> order;
    private final Map<String, List<String>> dependants;

    private StageGraph(List<Stage> stages, Map<String, Stage> byName, List<Stage> order) {
        this.stages = stages;
        this.byName = byName;
        this.order = order;
        this.dependants = new LinkedHashMap<>();
        for (Stage stage : order) {
            dependants.put(stage.name(), new ArrayList<>());
            stage.dependsOn().forEach(dependency -> dependants.get(dependency).add(stage.name()));
        }
    }

    /**
     * Validates {@code stages} and builds their graph.
     *
     * @throws InvalidRequestException naming {@code config.stages}, when there are no stages, a name is used
     *                                 twice, a stage depends on itself or on a name that is no stage, or the
     *                                 stages form a cycle; the message names the stages involved
     */
    public static StageGraph of(List<Stage> stages) throws InvalidRequestException {
        Map<String, Stage> byName = StageChecks.byName(stages);
        StageChecks.dependenciesExist(stages, byName);
        return new StageGraph(List.copyOf(stages), Map.copyOf(byName), StageOrder.of(stages));
    }

    /** The stages as declared. */
    public List<Stage> stages() {
        return stages;
    }

    /** Every stage after all of its dependencies; ties go to the earlier-declared stage. */
    public List<Stage> order() {
        return order;
    }

    /** The stage called {@code name}. */
    public Stage stage(String name) {
        Stage stage = byName.get(name);
        if (stage == null) {
            throw new IllegalArgumentException("no stage '" + name + "' in this pipeline");
        }
        return stage;
    }

    /** {@link #ready(Set, Set, Set, int)} for a pipeline in which no stage has failed. */
    public List<Stage> ready(Set<String> completed, Set<String> running, int parallelism) {
        return ready(completed, running, Set.of(), parallelism);
    }

    /**
     * The stages to start now: not yet started, every dependency completed, in {@link #order()}, at most
     * {@code parallelism} minus the stages running. Stages that depend on a failed stage never become ready.
     *
     * @param completed   stages that finished successfully
     * @param running     stages started and not finished
     * @param failed      stages that ended without completing (failed, canceled or skipped); not started again
     * @param parallelism {@code options.parallelism}, the most stages running at once; at least 1
     */
    public List<Stage> ready(Set<String> completed, Set<String> running, Set<String> failed, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        requireKnown(completed);
        requireKnown(running);
        requireKnown(failed);
        int free = parallelism - running.size();
        List<Stage> ready = new ArrayList<>();
        for (Stage stage : order) {
            if (ready.size() >= free) {
                break;
            }
            String name = stage.name();
            boolean started = completed.contains(name) || running.contains(name) || failed.contains(name);
            if (!started && completed.containsAll(stage.dependsOn())) {
                ready.add(stage);
            }
        }
        return List.copyOf(ready);
    }

    /**
     * Every stage that depends on {@code stage}, directly or through other stages, in {@link #order()}:
     * what must not run once {@code stage} has failed. Does not include {@code stage} itself.
     */
    public Set<String> dependants(String stage) {
        stage(stage);
        Set<String> reached = new HashSet<>();
        Deque<String> frontier = new ArrayDeque<>(dependants.get(stage));
        while (!frontier.isEmpty()) {
            String next = frontier.pop();
            if (reached.add(next)) {
                frontier.addAll(dependants.get(next));
            }
        }
        Set<String> inOrder = new LinkedHashSet<>();
        order.stream().map(Stage::name).filter(reached::contains).forEach(inOrder::add);
        return inOrder;
    }

    private void requireKnown(Set<String> names) {
        for (String name : names) {
            stage(name);
        }
    }
}
