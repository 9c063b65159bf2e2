package dev.sluice.common.enrich;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP enrichment service that {@code enrich-data} jobs name in {@code config.enrichmentService}.
 * A call POSTs a JSON array with one object per record, holding the record's {@code keyFields}; the
 * service answers a JSON array of the same length and order whose elements hold what it knows about
 * each record (or {@code null} when it knows nothing), read through {@code responseFields}.
 *
 * @param name           what jobs call it
 * @param url            where calls go, {@code http} or {@code https}
 * @param auth           the header that authenticates calls, if any
 * @param keyFields      the record fields each call sends, under the same names; the source sheet must have them
 * @param responseFields record field → where its value is in a response element: a property name, or a
 *                       JSON pointer ({@code /employment/title}); the fields a job may ask for
 * @param policy         batching, rate, timeout and retries
 */
public record EnrichmentService(String name, URI url, ServiceAuth auth, List<String> keyFields,
                                Map<String, String> responseFields, CallPolicy policy) {

    public EnrichmentService {
        if (name == null || url == null || auth == null || policy == null) {
            throw new IllegalArgumentException("name, url, auth and policy are required");
        }
        if (keyFields.isEmpty() || responseFields.isEmpty()) {
            throw new IllegalArgumentException("a service needs keyFields and responseFields");
        }
        keyFields = List.copyOf(keyFields);
        responseFields = Collections.unmodifiableMap(new LinkedHashMap<>(responseFields));
    }

    /** The record fields this service can fill. */
    public Set<String> gives() {
        return responseFields.keySet();
    }
}
