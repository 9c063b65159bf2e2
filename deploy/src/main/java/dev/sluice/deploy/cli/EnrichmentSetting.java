package dev.sluice.deploy.cli;

import dev.sluice.common.enrich.EnrichmentServices;
import dev.sluice.deploy.TerseException;

/**
 * Reads the enrichment services file (if one is configured) before a role starts, so that a broken
 * file stops the command with one line naming the mistake, rather than a stack trace from deep in
 * handler discovery, and says which services the process will offer.
 */
final class EnrichmentSetting {

    private EnrichmentSetting() {
    }

    /** A line about the configured services, or an empty string when there are none. */
    static String check() {
        EnrichmentServices services;
        try {
            services = EnrichmentServices.configured();
        } catch (IllegalStateException e) {
            throw new TerseException(e.getMessage() + " (set by " + EnrichmentServices.SETTING + " or "
                    + EnrichmentServices.ENV + ")", e);
        }
        return services.names().isEmpty() ? "" : "Enrichment services " + String.join(", ", services.names()) + " from "
                + services.origin();
    }
}
