package dev.sluice.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.common.request.InvalidRequestException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads of untrusted JSON; every failure names the offending field by its path, such as
 * {@code config.transformations[2].operation}. Not part of the module's API.
 */
public final class JsonReads {

    private JsonReads() {
    }

    public static String path(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Refuses any field of {@code object} not in {@code known}, so that a misspelt option is not ignored. */
    public static void onlyKnown(JsonNode object, String parent, Set<String> known) throws InvalidRequestException {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidRequestException(path(parent, name),
                        "unknown field; known fields are " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    public static JsonNode object(JsonNode node, String path) throws InvalidRequestException {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(path, "must be an object");
        }
        return node;
    }

    /** An array, or null when absent. */
    public static JsonNode array(JsonNode parent, String name, String path) throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidRequestException(path, "must be an array");
        }
        return node;
    }

    /** A string, or null when absent. */
    public static String text(JsonNode parent, String name, String path) throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequestException(path, "must be a string");
        }
        return node.asText();
    }

    public static String requiredText(JsonNode parent, String name, String path) throws InvalidRequestException {
        String value = text(parent, name, path);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(path, "is required");
        }
        return value;
    }

    public static boolean bool(JsonNode parent, String name, String path, boolean fallback)
            throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new InvalidRequestException(path, "must be true or false");
        }
        return node.asBoolean();
    }

    /** A number within [0, 1], or {@code fallback} when absent. */
    public static double fraction(JsonNode parent, String name, String path, double fallback)
            throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            throw new InvalidRequestException(path, "must be a number between 0 and 1, got " + node);
        }
        return node.asDouble();
    }
}
