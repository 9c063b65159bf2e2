package dev.sluice.worker.handlers;

/** {@code custom / enrich}, as the job guide also names {@code enrich-data}. */
public final class EnrichAliasHandler extends EnrichHandler {

    @Override
    public String operation() {
        return "enrich";
    }
}
