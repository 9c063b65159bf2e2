package dev.sluice.formats.json.internal;

import java.util.Map;

/**
 * What {@link Flattener} made of one object.
 *
 * @param fields  the flat fields, or null when the row cannot be delivered
 * @param problem what is wrong with the row, or null; with fields, a problem the row is delivered despite
 */
record Flattened(Map<String, Object> fields, String problem) {
}
