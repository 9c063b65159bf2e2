package dev.sluice.common.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** Typed reads of untrusted JSON fields; each failure names the field by its path. */
final class Fields {

    private Fields() {
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static void onlyKnown(JsonNode object, String parent, Set<String> known, String hint) throws InvalidRequestException {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidRequestException(path(parent, name), "unknown field" + hint);
            }
        }
    }

    static JsonNode object(JsonNode parent, String name, String path) throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidRequestException(path, "must be an object");
        }
        return node;
    }

    static String text(JsonNode parent, String name, String path) throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequestException(path, "must be a string");
        }
        return node.asText();
    }

    static String requiredText(JsonNode parent, String name, String path) throws InvalidRequestException {
        String value = text(parent, name, path);
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(path, "is required");
        }
        return value;
    }

    /** A whole number within [min, max], or {@code fallback} when absent. */
    static long number(JsonNode parent, String name, String path, long min, long max, long fallback)
            throws InvalidRequestException {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() && !(node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
            throw new InvalidRequestException(path, "must be a whole number");
        }
        if (!node.canConvertToLong()) {
            throw new InvalidRequestException(path, "must be between " + min + " and " + max + ", got " + node.asText());
        }
        long value = node.asLong();
        if (value < min || value > max) {
            throw new InvalidRequestException(path, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A fraction within [0, 1], or {@code fallback} when absent. */
    static double fraction(JsonNode parent, String name, String path, double fallback) throws InvalidRequestException {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            throw new InvalidRequestException(path, "must be a number between 0 and 1, got " + node);
        }
        return node.asDouble();
    }

    static Boolean bool(JsonNode parent, String name, String path) throws InvalidRequestException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new InvalidRequestException(path, "must be true or false");
        }
        return node.asBoolean();
    }
}
