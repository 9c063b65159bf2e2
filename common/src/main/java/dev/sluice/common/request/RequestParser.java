package dev.sluice.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.job.Execution;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.json.Json;
import java.util.Map;
import java.time.Instant;
import java.util.Set;

/**
 * Turns the guide's create body into a validated {@link JobSpec}, or says which field is wrong.
 * HTTP and the requests topic share it, so the same mistake gets the same message on both.
 */
public final class RequestParser {

    static final Set<String> TOP_LEVEL = Set.of("type", "operation", "source", "destination", "config", "options",
            "idempotencyKey");
    private static final int MAX_TEXT = 256;

    private RequestParser() {
    }

    /** Parses a create body as of {@code now}, the moment the request is accepted (a schedule in the past is refused). */
    public static JobSpec parse(JsonNode body, Instant now) throws InvalidRequestException {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(null, "a job request must be a JSON object");
        }
        Fields.onlyKnown(body, "", TOP_LEVEL, "; a job has type, operation, source, destination, config, options, idempotencyKey");
        JobType type = type(body);
        String operation = operation(body);
        String source = bounded(Fields.text(body, "source", "source"), "source");
        String destination = bounded(Fields.text(body, "destination", "destination"), "destination");
        String idempotencyKey = bounded(Fields.text(body, "idempotencyKey", "idempotencyKey"), "idempotencyKey");
        JsonNode config = Fields.object(body, "config", "config");
        JsonNode options = Fields.object(body, "options", "options");
        Execution execution = ExecutionParser.parse(type, config, options);
        if (type == JobType.PIPELINE) {
            PipelineParser.stages(config, now);
        }
        return new JobSpec(type, operation, source, asMap(config), asMap(options), execution, idempotencyKey,
                StartParser.parse(options, now), destination);
    }

    private static JobType type(JsonNode body) throws InvalidRequestException {
        String name = Fields.requiredText(body, "type", "type");
        JobType type = JobType.fromWire(name);
        if (type == null) {
            throw new InvalidRequestException("type", "unknown type '" + name + "'; use file, workbook, sheet, custom or pipeline");
        }
        return type;
    }

    private static String operation(JsonNode body) throws InvalidRequestException {
        String operation = Fields.requiredText(body, "operation", "operation");
        if (!operation.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new InvalidRequestException("operation",
                    "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return operation;
    }

    private static String bounded(String value, String field) throws InvalidRequestException {
        if (value != null && (value.isEmpty() || value.length() > MAX_TEXT)) {
            throw new InvalidRequestException(field, "must be 1 to " + MAX_TEXT + " characters");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode object) {
        return object == null ? Map.of() : Json.convert(object, Map.class);
    }
}
