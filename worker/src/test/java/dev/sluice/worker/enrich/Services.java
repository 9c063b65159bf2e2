package dev.sluice.worker.enrich;

import dev.sluice.common.enrich.EnrichmentService;
import dev.sluice.common.enrich.EnrichmentServices;
import java.nio.charset.StandardCharsets;

/** Service definitions for unit tests, written as a services file would have them. */
public final class Services {

    private Services() {
    }

    /** A file with one service {@code people} keyed by email, giving company, jobTitle and industry. */
    public static EnrichmentServices people(String extra) {
        String json = "{\"services\":{\"people\":{\"url\":\"http://people.test/batch\",\"keyFields\":[\"email\"],"
                + "\"responseFields\":{\"company\":\"/employment/name\",\"jobTitle\":\"/employment/title\","
                + "\"industry\":\"industry\"}" + (extra.isEmpty() ? "" : "," + extra) + "}}}";
        return EnrichmentServices.parse(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    static EnrichmentService person(String extra) {
        return people(extra).find("people").orElseThrow();
    }
}
