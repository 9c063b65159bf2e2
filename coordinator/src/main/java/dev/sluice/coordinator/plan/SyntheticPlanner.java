package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.job.JobType;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.Set;

/**
 * {@code custom / synthetic}: generates {@code config.records} records (required, 0 to 10^10) and
 * spends {@code config.workMicros} µs of CPU on each (default 0). For load tests and for driving
 * the engine without data.
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
        ConfigKeys.onlyKnown(spec, Set.of("records", "workMicros"));
        long records = ConfigKeys.whole(spec, "records", 10_000_000_000L, -1);
        if (records < 0) {
            throw new InvalidRequestException("config.records", "is required: how many records to generate");
        }
        ConfigKeys.whole(spec, "workMicros", 1_000_000, 0);
        return BatchPlan.ofRecords(records, spec.execution().batchSize());
    }
}
