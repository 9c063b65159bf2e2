package dev.sluice.coordinator.plan;

/** {@code custom / enrich}, as the job guide also names {@code enrich-data}. */
public final class EnrichAliasPlanner extends EnrichPlanner {

    @Override
    public String operation() {
        return "enrich";
    }
}
