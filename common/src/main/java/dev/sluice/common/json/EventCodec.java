package dev.sluice.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.job.JobEvent;
import dev.sluice.common.job.JobState;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wire form of {@code sluice.job-events}: {@code {schemaVersion, type, event, jobId, at, data, job}}.
 * {@code type} is the public name ({@code job:updated}), {@code event} the exact variant, {@code data}
 * what changed and {@code job} the whole job after it, so a listener needs nothing else.
 */
public final class EventCodec {

    public static final int SCHEMA_VERSION = 1;
    public static final String REJECTED = "job:rejected";

    private static final Map<String, Class<? extends JobEvent>> VARIANTS = Arrays
            .stream(JobEvent.class.getPermittedSubclasses())
            .map(c -> c.asSubclass(JobEvent.class))
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private EventCodec() {
    }

    public static byte[] encode(JobEvent event, JobState after) {
        ObjectNode out = envelope(event.wireType(), event.jobId(), event.at());
        out.put("event", event.getClass().getSimpleName());
        ObjectNode data = Json.MAPPER.valueToTree(event);
        data.remove("jobId");
        data.remove("at");
        out.set("data", data);
        out.set("job", JobJson.of(after));
        return Json.bytes(out);
    }

    /** A request that could not become a job: why, and which field. */
    public static byte[] rejected(String jobId, Instant at, String field, String reason, String request) {
        ObjectNode out = envelope(REJECTED, jobId, at);
        ObjectNode data = out.putObject("data");
        data.put("field", field);
        data.put("reason", reason);
        data.put("request", request);
        return Json.bytes(out);
    }

    /** The domain event inside an envelope, or null for a rejection (it changes no job). */
    public static JobEvent decode(JsonNode envelope) {
        Class<? extends JobEvent> variant = VARIANTS.get(envelope.path("event").asText());
        if (variant == null) {
            return null;
        }
        ObjectNode data = ((ObjectNode) envelope.get("data")).deepCopy();
        data.set("jobId", envelope.get("jobId"));
        data.set("at", envelope.get("at"));
        return Json.convert(data, variant);
    }

    private static ObjectNode envelope(String type, String jobId, Instant at) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("type", type);
        out.put("jobId", jobId);
        out.put("at", at.toString());
        return out;
    }
}
