package dev.sluice.rules.transform;

/**
 * One transformation of a field's value, configured and ready. Values are read as text; null
 * values never reach an operation. Implementations are immutable and safe to share between threads.
 */
@FunctionalInterface
public interface Operation {

    StepResult apply(String text);
}
