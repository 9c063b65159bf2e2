package dev.sluice.common.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageGraphTest {

    /** The guide's customer-import pipeline: extract, validate, transform, export, one after the other. */
    private static final List<Stage> GUIDE = List.of(
            stage("extract"),
            stage("validate", "extract"),
            stage("transform", "validate"),
            stage("export", "transform"));

    /** Two jobs on one extract and an export after both, the guide's fan-in example as stages. */
    private static final List<Stage> FAN_IN = List.of(
            stage("extract"),
            stage("validate", "extract"),
            stage("enrich", "extract"),
            stage("export", "validate", "enrich"));

    static Stage stage(String name, String... dependsOn) {
        return new Stage(name, JobType.CUSTOM, "op-" + name, Map.of(), Arrays.asList(dependsOn));
    }

    static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    static InvalidRequestException rejection(Stage... stages) {
        return catchThrowableOfType(InvalidRequestException.class, () -> StageGraph.of(List.of(stages)));
    }

    @Test
    void guidePipelineRunsInDeclaredOrder() throws Exception {
        assertThat(names(StageGraph.of(GUIDE).order())).containsExactly("extract", "validate", "transform", "export");
    }

    @Test
    void stagesDeclaredOutOfOrderComeAfterTheirDependencies() throws Exception {
        StageGraph graph = StageGraph.of(List.of(
                stage("export", "transform"),
                stage("transform", "extract"),
                stage("report"),
                stage("extract")));

        assertThat(names(graph.order())).containsExactly("report", "extract", "transform", "export");
        assertThat(names(graph.stages())).containsExactly("export", "transform", "report", "extract");
    }

    @Test
    void orderBreaksTiesByDeclarationOrder() throws Exception {
        StageGraph graph = StageGraph.of(List.of(stage("b"), stage("a"), stage("d", "a"), stage("c", "b")));

        assertThat(names(graph.order())).containsExactly("b", "a", "d", "c");
    }

    @Test
    void duplicateStageNamesAreRejectedByName() {
        InvalidRequestException e = rejection(stage("extract"), stage("export"), stage("extract"), stage("export"));

        assertThat(e.field()).isEqualTo("config.stages");
        assertThat(e.reason()).isEqualTo("stage names must be unique; used more than once: extract, export");
    }

    @Test
    void dependsOnNamingNoStageIsRejectedNamingBoth() {
        InvalidRequestException e = rejection(stage("extract"), stage("validate", "extrct"));

        assertThat(e.field()).isEqualTo("config.stages");
        assertThat(e.reason()).isEqualTo("stage 'validate' depends on 'extrct', which is not a stage");
    }

    @Test
    void selfDependencyIsRejected() {
        assertThat(rejection(stage("extract", "extract")).reason()).isEqualTo("stage 'extract' depends on itself");
    }

    @Test
    void everyBadDependencyIsListed() {
        assertThat(rejection(stage("a", "a"), stage("b", "x", "y")).reason()).isEqualTo("stage 'a' depends on itself; "
                + "stage 'b' depends on 'x', which is not a stage; stage 'b' depends on 'y', which is not a stage");
    }

    @Test
    void cycleIsRejectedWithItsStagesInOrder() {
        InvalidRequestException e = rejection(stage("a", "c"), stage("b", "a"), stage("c", "b"));

        assertThat(e.field()).isEqualTo("config.stages");
        assertThat(e.reason()).isEqualTo("stages depend on each other in a cycle: a -> b -> c -> a");
    }

    @Test
    void cycleMessageLeavesOutStagesMerelyDownstreamOfIt() {
        InvalidRequestException e = rejection(stage("start"), stage("report", "loop2"), stage("loop1", "start", "loop2"),
                stage("loop2", "loop1"));

        assertThat(e.reason()).isEqualTo("stages depend on each other in a cycle: loop1 -> loop2 -> loop1");
    }

    @Test
    void twoStageCycleIsNamed() {
        assertThat(rejection(stage("x", "y"), stage("y", "x")).reason()).endsWith("x -> y -> x");
    }

    @Test
    void emptyPipelineIsRejected() {
        assertThat(rejection().reason()).isEqualTo("a pipeline needs at least one stage");
    }

    @Test
    void onlyTheFirstStageIsReadyAtTheStart() throws Exception {
        assertThat(names(StageGraph.of(FAN_IN).ready(Set.of(), Set.of(), 2))).containsExactly("extract");
    }

    @Test
    void parallelStagesStartTogetherUpToParallelism() throws Exception {
        StageGraph graph = StageGraph.of(FAN_IN);

        assertThat(names(graph.ready(Set.of("extract"), Set.of(), 2))).containsExactly("validate", "enrich");
        assertThat(names(graph.ready(Set.of("extract"), Set.of(), 1))).containsExactly("validate");
        assertThat(names(graph.ready(Set.of("extract"), Set.of("validate"), 2))).containsExactly("enrich");
        assertThat(graph.ready(Set.of("extract"), Set.of("validate"), 1)).isEmpty();
    }

    @Test
    void fanInWaitsForEveryDependency() throws Exception {
        StageGraph graph = StageGraph.of(FAN_IN);

        assertThat(graph.ready(Set.of("extract", "validate"), Set.of("enrich"), 4)).isEmpty();
        assertThat(names(graph.ready(Set.of("extract", "validate", "enrich"), Set.of(), 4))).containsExactly("export");
        assertThat(graph.ready(Set.of("extract", "validate", "enrich", "export"), Set.of(), 4)).isEmpty();
    }

    @Test
    void failedStageIsNotStartedAgainAndBlocksItsDependants() throws Exception {
        StageGraph graph = StageGraph.of(List.of(stage("extract"), stage("validate", "extract"),
                stage("enrich", "extract"), stage("export", "validate"), stage("notify", "enrich")));

        assertThat(names(graph.ready(Set.of("extract", "enrich"), Set.of(), Set.of("validate"), 4)))
                .containsExactly("notify");
    }

    @Test
    void dependantsAreTheTransitiveClosureInOrder() throws Exception {
        StageGraph graph = StageGraph.of(List.of(stage("extract"), stage("validate", "extract"),
                stage("enrich", "extract"), stage("export", "validate", "enrich"), stage("audit")));

        assertThat(graph.dependants("extract")).containsExactly("validate", "enrich", "export");
        assertThat(graph.dependants("enrich")).containsExactly("export");
        assertThat(graph.dependants("export")).isEmpty();
        assertThat(graph.dependants("audit")).isEmpty();
    }

    @Test
    void queriesRefuseNamesThatAreNoStage() throws Exception {
        StageGraph graph = StageGraph.of(GUIDE);

        assertThatThrownBy(() -> graph.dependants("load")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load");
        assertThatThrownBy(() -> graph.ready(Set.of("load"), Set.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> graph.ready(Set.of(), Set.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stageKeepsItsConfigAndDropsRepeatedDependencies() {
        Map<String, Object> config = new HashMap<>();
        config.put("delimiter", ",");
        config.put("quote", null);

        Stage stage = new Stage("validate", JobType.WORKBOOK, "validate-records", config, List.of("extract", "extract"));

        assertThat(stage.config()).containsEntry("delimiter", ",").containsEntry("quote", null);
        assertThat(stage.dependsOn()).containsExactly("extract");
        assertThat(new Stage("extract", JobType.FILE, "extract", null, null).dependsOn()).isEmpty();
        assertThatThrownBy(() -> new Stage(" ", JobType.FILE, "extract", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
