package dev.sluice.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.json.Json;
import dev.sluice.common.pipeline.Stage;
import dev.sluice.common.pipeline.StageGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pipeline's {@code config.stages}: each stage is checked as the job it will become, and
 * the stages together as a graph (no duplicate names, no unknown {@code dependsOn}, no cycle).
 */
public final class PipelineParser {

    private static final Set<String> STAGE_KEYS = Set.of("name", "type", "operation", "source", "destination", "config",
            "options", "dependsOn");

    private PipelineParser() {
    }

    /** The pipeline's stage graph; throws naming {@code config.stages} (and the stage) when it is not valid. */
    public static StageGraph stages(JsonNode config, Instant now) throws InvalidRequestException {
        if (config == null || !config.hasNonNull("stages")) {
            throw new InvalidRequestException("config.stages", "is required: the pipeline's stages");
        }
        Fields.onlyKnown(config, "config", Set.of("stages"), "; a pipeline's config holds its stages");
        JsonNode list = config.get("stages");
        if (!list.isArray() || list.isEmpty()) {
            throw new InvalidRequestException("config.stages", "must be a non-empty list of stages");
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            stages.add(stage(list.get(i), "config.stages[" + i + "]", now));
        }
        return StageGraph.of(stages);
    }

    /** The stages of a pipeline whose spec passed {@link #stages}. */
    public static StageGraph stages(JobSpec pipeline) {
        try {
            return stages(Json.MAPPER.valueToTree(pipeline.config()), Instant.MIN);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("a stored pipeline no longer parses: " + e.getMessage(), e);
        }
    }

    /** The job a stage runs as, with {@code source} for its source. */
    public static JobSpec stageSpec(Stage stage, String source, Instant now) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("type", stage.type().wireName())
                .put("operation", stage.operation());
        if (source != null) {
            body.put("source", source);
        }
        if (stage.destination() != null) {
            body.put("destination", stage.destination());
        }
        body.set("config", Json.MAPPER.valueToTree(stage.config()));
        try {
            return RequestParser.parse(body, now);
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("a stored stage no longer parses: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Stage stage(JsonNode node, String path, Instant now) throws InvalidRequestException {
        if (!node.isObject()) {
            throw new InvalidRequestException(path, "must be an object with name, type, operation");
        }
        Fields.onlyKnown(node, path, STAGE_KEYS, "; a stage has name, type, operation, source, destination, config, dependsOn");
        String name = Fields.requiredText(node, "name", path + ".name");
        if (node.hasNonNull("options")) {
            throw new InvalidRequestException(path + ".options", "stages take the pipeline's options; give them there");
        }
        ObjectNode job = Json.MAPPER.createObjectNode();
        job.set("type", node.get("type"));
        job.set("operation", node.get("operation"));
        if (node.has("source")) {
            job.set("source", node.get("source"));
        }
        if (node.has("config")) {
            job.set("config", node.get("config"));
        }
        if (node.has("destination")) {
            job.set("destination", node.get("destination"));
        }
        JobSpec spec;
        try {
            spec = RequestParser.parse(job, now);
        } catch (InvalidRequestException e) {
            String field = e.field() == null ? path : path + "." + e.field();
            throw new InvalidRequestException(field, "stage '" + name + "': " + e.reason());
        }
        if (spec.type() == JobType.PIPELINE) {
            throw new InvalidRequestException(path + ".type", "stage '" + name + "': a stage cannot be a pipeline");
        }
        List<String> dependsOn = new ArrayList<>();
        JsonNode deps = node.get("dependsOn");
        if (deps != null && !deps.isNull()) {
            if (!deps.isArray()) {
                throw new InvalidRequestException(path + ".dependsOn", "stage '" + name + "': must be a list of stage names");
            }
            deps.forEach(d -> dependsOn.add(d.asText()));
        }
        return new Stage(name, spec.type(), spec.operation(), (Map<String, Object>) (Map<?, ?>) spec.config(), dependsOn,
                spec.source(), spec.destination());
    }
}
