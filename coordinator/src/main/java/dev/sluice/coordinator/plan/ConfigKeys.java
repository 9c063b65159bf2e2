package dev.sluice.coordinator.plan;

import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads of an operation's own {@code config} keys, refusing keys that nothing reads. */
final class ConfigKeys {

    /** Keys the engine reads for every operation. */
    static final Set<String> ENGINE = Set.of("batchSize", "parallelBatches", "batchTimeout", "timeout", "retryAttempts",
            "maxErrors", "maxErrorRate");

    private ConfigKeys() {
    }

    /** Refuses any config key that is neither the engine's nor in {@code own}. */
    static void onlyKnown(JobSpec spec, Set<String> own) throws InvalidRequestException {
        for (String key : spec.config().keySet()) {
            if (!ENGINE.contains(key) && !own.contains(key)) {
                throw new InvalidRequestException("config." + key, "unknown option of operation " + spec.operation()
                        + "; it takes " + new TreeSet<>(own));
            }
        }
    }

    static boolean bool(JobSpec spec, String key, boolean fallback) throws InvalidRequestException {
        Object value = spec.config().get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            throw new InvalidRequestException("config." + key, "must be true or false");
        }
        return flag;
    }

    static String text(JobSpec spec, String key, String fallback) throws InvalidRequestException {
        Object value = spec.config().get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw new InvalidRequestException("config." + key, "must be a string");
        }
        return text;
    }

    static long whole(JobSpec spec, String key, long max, long fallback) throws InvalidRequestException {
        Object value = spec.config().get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            throw new InvalidRequestException("config." + key, "must be a whole number");
        }
        long number = ((Number) value).longValue();
        if (number < 0 || number > max) {
            throw new InvalidRequestException("config." + key, "must be between 0 and " + max + ", got " + number);
        }
        return number;
    }

    /** A number in [0, 1], or 0 when absent. */
    static double fraction(JobSpec spec, String key) throws InvalidRequestException {
        Object value = spec.config().get(key);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 1) {
            throw new InvalidRequestException("config." + key, "must be a number between 0 and 1, got " + value);
        }
        return number.doubleValue();
    }

    static String requiredSource(JobSpec spec, String what) throws InvalidRequestException {
        if (spec.source() == null) {
            throw new InvalidRequestException("source", "is required: the id of the " + what + " to read");
        }
        return spec.source();
    }
}
