package dev.sluice.coordinator.decide;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.FailureCode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobState;
import dev.sluice.common.job.JobStatus;
import dev.sluice.common.job.StageRun;
import dev.sluice.common.pipeline.Stage;
import dev.sluice.common.pipeline.StageGraph;
import dev.sluice.common.request.PipelineParser;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pipeline job: a parent that starts one child job per stage, in dependency order, at most
 * {@code options.parallelism} at once, and ends by its {@code options.failureStrategy}. Children are
 * started and watched by notices; each child's end comes back as a notice with its outputs, which
 * give the next stages their source.
 */
final class Pipelines {

    static final String STOP_ON_ERROR = "stop-on-error";
    static final String CONTINUE = "continue";
    static final String RETRY = "retry";
    static final int DEFAULT_PARALLELISM = 4;

    /** A pipeline starts its first stages: it is queued with no batches of its own. */
    void begin(Decision.Builder b, Instant now) {
        b.add(new JobEvent.Queued(b.state().id(), now, BatchPlan.ofRecords(0, 1)));
        advance(b, now);
    }

    /** A stage's child ended: record it, then retry it, stop, or go on, as the failure strategy says. */
    void stageEnded(Decision.Builder b, Notice.Ended ended, Instant now) {
        JobState state = b.state();
        String stage = stageOf(state, ended.dependency());
        if (stage == null || state.status().terminal()) {
            return;
        }
        JobStatus status = ended.status() == null ? JobStatus.FAILED : ended.status(); // null: the child is gone
        boolean failed = status != JobStatus.COMPLETED;
        if (failed && RETRY.equals(strategy(state)) && retriesOf(state, stage) < retryAttempts(state)) {
            StageRun run = state.stages().get(stage);
            String retryId = RetryIds.next(run.jobId(), retriesOf(state, stage));
            b.add(new JobEvent.StageStarted(state.id(), now, stage, retryId, run.source()));
            b.notify(new Notice.RetryRequest(run.jobId(), state.id()));
            return;
        }
        b.add(new JobEvent.StageEnded(state.id(), now, stage, status, ended.output(), ended.error(),
                progress(state, stage, status), ended.records(), ended.errors()));
        if (failed && !CONTINUE.equals(strategy(state))) {
            stop(b, "stage '" + stage + "' " + status.wireName()
                    + (ended.error() == null ? "" : ": " + ended.error()), now);
            return;
        }
        advance(b, now);
    }

    /** Time passed: a pipeline past its timeout fails and stops its running stages. */
    void tick(Decision.Builder b, Instant now) {
        JobState state = b.state();
        long timeout = state.spec().execution().timeoutMs();
        if (timeout > 0 && state.startedAt() != null && now.isAfter(state.startedAt().plusMillis(timeout))) {
            cancelRunning(b, "its pipeline " + state.id() + " timed out");
            b.add(new JobEvent.Failed(state.id(), now, "pipeline timed out: it ran "
                    + Duration.between(state.startedAt(), now).toMillis() + " ms, longer than options.timeout of "
                    + timeout + " ms; running stages " + running(state) + " were canceled", FailureCode.JOB_TIMEOUT));
        }
    }

    /** The pipeline was canceled: so are its running stages. */
    void canceled(Decision.Builder b) {
        cancelRunning(b, "its pipeline " + b.state().id() + " was canceled");
    }

    private void advance(Decision.Builder b, Instant now) {
        JobState state = b.state();
        StageGraph graph = PipelineParser.stages(state.spec());
        Set<String> completed = withStatus(state, true);
        Set<String> failed = withStatus(state, false);
        Set<String> running = running(state);
        int parallelism = parallelism(state);
        for (Stage stage : graph.ready(completed, running, failed, parallelism)) {
            start(b, graph, stage, now);
        }
        if (!running(b.state()).isEmpty()) {
            return;
        }
        if (failed.isEmpty()) {
            if (completed.size() == graph.stages().size()) {
                b.add(new JobEvent.Completed(state.id(), now));
            }
            return;
        }
        Set<String> skipped = new TreeSet<>();
        graph.stages().forEach(stage -> skipped.add(stage.name()));
        skipped.removeAll(completed);
        skipped.removeAll(failed);
        b.add(new JobEvent.Failed(state.id(), now, "stages failed: " + failed + (skipped.isEmpty() ? ""
                : "; not run because they depend on them: " + skipped) + "; see GET /api/v1/jobs?parentId="
                + state.id(), FailureCode.STAGE_FAILED));
    }

    private void start(Decision.Builder b, StageGraph graph, Stage stage, Instant now) {
        JobState state = b.state();
        String childId = childId(state.id(), graph.order().indexOf(stage), stage.name());
        String source = source(state, graph, stage);
        if (state.status() == JobStatus.QUEUED) {
            b.add(new JobEvent.Started(state.id(), now, null));
        }
        b.add(new JobEvent.StageStarted(state.id(), now, stage.name(), childId, source));
        JobSpec spec = PipelineParser.stageSpec(stage, source, now);
        b.notify(new Notice.Start(childId, state.id(), spec, state.pool()));
        b.notify(new Notice.Watch(childId, state.id()));
    }

    private void stop(Decision.Builder b, String why, Instant now) {
        JobState state = b.state();
        Set<String> running = running(state);
        cancelRunning(b, "another stage of pipeline " + state.id() + " failed");
        b.add(new JobEvent.Failed(state.id(), now, why + "; stop-on-error: the pipeline stops"
                + (running.isEmpty() ? "" : ", stages " + running + " were canceled")
                + " and stages not started do not run", FailureCode.STAGE_FAILED));
    }

    private void cancelRunning(Decision.Builder b, String reason) {
        JobState state = b.state();
        for (String stage : running(state)) {
            b.notify(new Notice.Cancel(state.stages().get(stage).jobId(), reason));
        }
    }

    /**
     * A stage's source: its own, a reference {@code @stage} to what that stage wrote, or (none given)
     * what the first stage it depends on wrote or read; a first stage reads the pipeline's source.
     */
    private static String source(JobState state, StageGraph graph, Stage stage) {
        if (stage.source() != null && stage.source().startsWith("@")) {
            return producedBy(state, stage.source().substring(1));
        }
        if (stage.source() != null) {
            return stage.source();
        }
        return stage.dependsOn().isEmpty() ? state.spec().source() : producedBy(state, stage.dependsOn().get(0));
    }

    private static String producedBy(JobState state, String stage) {
        StageRun run = state.stages().get(stage);
        if (run == null) {
            return null;
        }
        Map<String, Object> output = run.output();
        for (String key : List.of("workbookId", "fileId")) {
            if (output.get(key) instanceof String id) {
                return id;
            }
        }
        return run.source();
    }

    static String childId(String pipelineId, int index, String stageName) {
        String name = stageName.replaceAll("[^A-Za-z0-9_-]", "_");
        return pipelineId + "-" + index + "-" + name.substring(0, Math.min(40, name.length()));
    }

    private static String stageOf(JobState state, String childId) {
        for (Map.Entry<String, StageRun> entry : state.stages().entrySet()) {
            if (entry.getValue().jobId().equals(childId)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Set<String> withStatus(JobState state, boolean completed) {
        Set<String> out = new LinkedHashSet<>();
        state.stages().forEach((name, run) -> {
            if (run.status().terminal() && (run.status() == JobStatus.COMPLETED) == completed) {
                out.add(name);
            }
        });
        return out;
    }

    static Set<String> running(JobState state) {
        Set<String> out = new TreeSet<>();
        state.stages().forEach((name, run) -> {
            if (!run.status().terminal()) {
                out.add(name);
            }
        });
        return out;
    }

    private static int progress(JobState state, String ending, JobStatus status) {
        int total = PipelineParser.stages(state.spec()).stages().size();
        long done = state.stages().entrySet().stream()
                .filter(e -> e.getKey().equals(ending) ? status == JobStatus.COMPLETED
                        : e.getValue().status() == JobStatus.COMPLETED).count();
        return (int) (100 * done / total);
    }

    private static int retriesOf(JobState state, String stage) {
        String id = state.stages().get(stage).jobId();
        int mark = id.lastIndexOf("-retry-");
        return mark < 0 ? 0 : Integer.parseInt(id.substring(mark + "-retry-".length()));
    }

    private static int retryAttempts(JobState state) {
        return Math.max(1, state.spec().execution().retry().attempts());
    }

    static String strategy(JobState state) {
        Object given = state.spec().options().get("failureStrategy");
        return given instanceof String text ? text : STOP_ON_ERROR;
    }

    private static int parallelism(JobState state) {
        Object given = state.spec().options().get("parallelism");
        return given instanceof Number number ? number.intValue() : DEFAULT_PARALLELISM;
    }
}
