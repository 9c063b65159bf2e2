package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.List;
import java.util.Set;

/**
 * {@code custom / synthetic}: generates {@code config.records} records (required, 0 to 10^10) and
 * spends {@code config.workMicros} µs of CPU on each (default 0). For load tests and for driving
 * the engine without data. Failure injection, each a fraction in [0, 1] spread evenly (a rate r
 * picks exactly floor(n * r) of n records or batches): {@code failRate} fails records (the batch
 * goes on; they become the job's failed records), {@code transientFailRate} fails the first attempt
 * of batches with a retryable error, {@code hangRate} makes the first attempt of batches hang
 * until the worker stops it.
 */
public final class SyntheticPlanner implements OperationPlanner {

    @Override
    public String operation() {
        return "synthetic";
    }

    @Override
    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        if (spec.type() != JobType.CUSTOM) {
            throw new InvalidRequestException("type", "operation synthetic runs as type custom, not " + spec.type());
        }
        ConfigKeys.onlyKnown(spec, Set.of("records", "workMicros", "failRate", "transientFailRate", "hangRate"));
        for (String rate : List.of("failRate", "transientFailRate", "hangRate")) {
            ConfigKeys.fraction(spec, rate);
        }
        long records = ConfigKeys.whole(spec, "records", 10_000_000_000L, -1);
        if (records < 0) {
            throw new InvalidRequestException("config.records", "is required: how many records to generate");
        }
        ConfigKeys.whole(spec, "workMicros", 1_000_000, 0);
        return BatchPlan.ofRecords(records, spec.execution().batchSize());
    }
}
