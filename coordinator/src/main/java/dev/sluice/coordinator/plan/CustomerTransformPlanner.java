package dev.sluice.coordinator.plan;

/** The job guide's name for {@link TransformPlanner}'s operation: {@code transform-customer-data}. */
public final class CustomerTransformPlanner extends TransformPlanner {

    @Override
    public String operation() {
        return "transform-customer-data";
    }
}
