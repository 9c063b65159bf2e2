package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import java.util.Set;

/**
 * {@code custom / synthetic}: generates {@code config.records} records (required, 0 to 10^10) and
 * spends {@code config.workMicros} µs of CPU on each (default 0). For load tests and for driving
 * the engine without data.
 */
public final class SyntheticPlanner implements OperationPlanner {

    static final Set<String> KEYS = Set.of("records", "workMicros",
            "batchSize", "parallelBatches", "batchTimeout", "timeout", "retryAttempts");

    @Override
    public String operation() {
        return "synthetic";
    }

    @Override
    public BatchPlan plan(JobSpec spec) throws InvalidRequestException {
        if (spec.type() != JobType.CUSTOM) {
            throw new InvalidRequestException("type", "operation synthetic runs as type custom, not " + spec.type());
        }
        for (String key : spec.config().keySet()) {
            if (!KEYS.contains(key)) {
                throw new InvalidRequestException("config." + key, "unknown option of operation synthetic; it takes records and workMicros");
            }
        }
        long records = whole(spec, "records", 10_000_000_000L, -1);
        if (records < 0) {
            throw new InvalidRequestException("config.records", "is required: how many records to generate");
        }
        whole(spec, "workMicros", 1_000_000, 0);
        return BatchPlan.ofRecords(records, spec.execution().batchSize());
    }

    private static long whole(JobSpec spec, String key, long max, long fallback) throws InvalidRequestException {
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
}
