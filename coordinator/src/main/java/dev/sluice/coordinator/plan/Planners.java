package dev.sluice.coordinator.plan;

import dev.sluice.common.job.BatchPlan;
import dev.sluice.common.job.JobSpec;
import dev.sluice.common.request.InvalidRequestException;
import dev.sluice.common.spi.OperationPlanner;
import dev.sluice.common.spi.PlanningContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The coordinator's planners by operation; an operation without one runs as a single batch. */
public final class Planners {

    private final Map<String, OperationPlanner> byOperation = new HashMap<>();

    public Planners(Collection<? extends OperationPlanner> planners) {
        for (OperationPlanner planner : planners) {
            if (byOperation.putIfAbsent(planner.operation(), planner) != null) {
                throw new IllegalStateException("two planners for operation '" + planner.operation() + "'");
            }
        }
    }

    public static Planners discover(ClassLoader loader) {
        return new Planners(ServiceLoader.load(OperationPlanner.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public BatchPlan plan(JobSpec spec, PlanningContext context) throws InvalidRequestException {
        OperationPlanner planner = byOperation.get(spec.operation());
        return planner == null ? BatchPlan.single(spec.execution().batchSize()) : planner.plan(spec, context);
    }

    /** What batch {@code batch} of a planned job carries; empty for operations without a planner. */
    public Map<String, Object> batchInput(JobSpec spec, BatchPlan plan, int batch, PlanningContext context) {
        OperationPlanner planner = byOperation.get(spec.operation());
        return planner == null ? Map.of() : planner.batchInput(spec, plan, batch, context);
    }
}
