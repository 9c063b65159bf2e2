package dev.sluice.worker.handlers;

/** The job guide's name for {@link TransformHandler}'s operation: {@code transform-customer-data}. */
public final class CustomerTransformHandler extends TransformHandler {

    @Override
    public String operation() {
        return "transform-customer-data";
    }
}
