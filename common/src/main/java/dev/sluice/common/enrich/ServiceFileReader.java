package dev.sluice.common.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one service of the enrichment services file. Every mistake is an
 * {@link IllegalArgumentException} whose message starts with the JSON path of the culprit
 * ({@code services.clearbit.maxBatch}), and unknown keys are mistakes too, so that a misspelt limit
 * is never silently replaced by its default.
 */
final class ServiceFileReader {

    static final Set<String> KEYS = Set.of("url", "authHeader", "authScheme", "secretEnv", "secretFile", "keyFields",
            "responseFields", "maxBatch", "ratePerSecond", "timeoutMs", "retries", "backoffMs", "maxBackoffMs");

    private final JsonNode node;
    private final String path;

    private ServiceFileReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static EnrichmentService read(String name, JsonNode node) {
        String path = "services." + name;
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": must be an object");
        }
        return new ServiceFileReader(node, path).service(name);
    }

    private EnrichmentService service(String name) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw wrong(key, "unknown key; a service has " + new java.util.TreeSet<>(KEYS));
            }
        }
        ServiceAuth auth;
        try {
            auth = new ServiceAuth(text("authHeader"), text("authScheme"), text("secretEnv"), text("secretFile"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
        long backoffMs = whole("backoffMs", 0, 60_000, CallPolicy.DEFAULT_BACKOFF.toMillis());
        CallPolicy policy = new CallPolicy(
                (int) whole("maxBatch", 1, 10_000, CallPolicy.DEFAULT_MAX_BATCH),
                rate(),
                Duration.ofMillis(whole("timeoutMs", 1, 300_000, CallPolicy.DEFAULT_TIMEOUT.toMillis())),
                (int) whole("retries", 0, 10, CallPolicy.DEFAULT_RETRIES),
                Duration.ofMillis(backoffMs),
                Duration.ofMillis(whole("maxBackoffMs", backoffMs, 300_000,
                        Math.max(backoffMs, CallPolicy.DEFAULT_MAX_BACKOFF.toMillis()))));
        return new EnrichmentService(name, url(), auth, keyFields(), responseFields(), policy);
    }

    private URI url() {
        String text = text("url");
        if (text == null) {
            throw wrong("url", "is required");
        }
        try {
            URI uri = new URI(text);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw wrong("url", "must be an http or https URL with a host, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw wrong("url", "is not a URL: " + e.getMessage());
        }
    }

    private List<String> keyFields() {
        JsonNode list = node.get("keyFields");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw wrong("keyFields", "is required: a non-empty array of the record fields each call sends");
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.asText().isBlank() || fields.contains(item.asText())) {
                throw wrong("keyFields[" + i + "]", "must be a field name, given once");
            }
            fields.add(item.asText());
        }
        return fields;
    }

    private Map<String, String> responseFields() {
        JsonNode map = node.get("responseFields");
        if (map == null || !map.isObject() || map.isEmpty()) {
            throw wrong("responseFields", "is required: record field -> response property or JSON pointer");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().isBlank() || !entry.getValue().isTextual() || entry.getValue().asText().isEmpty()) {
                throw wrong("responseFields." + entry.getKey(), "must map a field name to a property or JSON pointer");
            }
            fields.put(entry.getKey(), entry.getValue().asText());
        }
        return fields;
    }

    private double rate() {
        JsonNode value = node.get("ratePerSecond");
        if (value == null) {
            return CallPolicy.DEFAULT_RATE_PER_SECOND;
        }
        if (!value.isNumber() || value.asDouble() <= 0 || value.asDouble() > 10_000) {
            throw wrong("ratePerSecond", "must be a number above 0 and at most 10000, got " + value);
        }
        return value.asDouble();
    }

    private String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw wrong(key, "must be a non-empty string");
        }
        return value.asText();
    }

    private long whole(String key, long min, long max, long fallback) {
        JsonNode value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < min || value.asLong() > max) {
            throw wrong(key, "must be a whole number from " + min + " to " + max + ", got " + value);
        }
        return value.asLong();
    }

    private IllegalArgumentException wrong(String key, String problem) {
        return new IllegalArgumentException(path + "." + key + ": " + problem);
    }
}
