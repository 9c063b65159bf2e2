package dev.sluice.rules.transform;

/**
 * One entry of {@code config.transformations}, ready to run.
 *
 * @param field     the field it changes
 * @param name      the operation's name, as written
 * @param operation the operation with its arguments
 */
public record Transformation(String field, String name, Operation operation) {
}
