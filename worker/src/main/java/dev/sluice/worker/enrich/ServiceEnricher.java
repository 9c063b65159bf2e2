package dev.sluice.worker.enrich;

import dev.sluice.common.json.Json;
import dev.sluice.common.record.SheetRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills one batch's records from an HTTP service: one call per chunk of at most {@code callSize}
 * records, sending each record's key fields. A record whose key fields are all blank is not sent and
 * gets a warning. Used by one batch at a time (it counts that batch's calls).
 */
public final class ServiceEnricher implements Enricher {

    private final ServiceCaller caller;
    private final String auth;
    private final ResponseMapper mapper;
    private final int callSize;
    private int calls;
    private int retriedCalls;
    private int retries;
    private int failedCalls;
    private String lastFailure;

    ServiceEnricher(ServiceCaller caller, String auth, List<String> fill, int callSize) {
        this.caller = caller;
        this.auth = auth;
        this.mapper = new ResponseMapper(caller.service(), fill);
        this.callSize = callSize;
    }

    @Override
    public int chunkSize() {
        return callSize;
    }

    @Override
    public List<Outcome> enrich(List<SheetRecord> records) throws InterruptedException {
        Outcome[] outcomes = new Outcome[records.size()];
        List<Integer> sent = new ArrayList<>();
        List<Map<String, Object>> keys = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> key = key(records.get(i));
            if (key == null) {
                outcomes[i] = new Outcome.NoData("no " + String.join(", ", caller.service().keyFields())
                        + " to look up in " + caller.service().name());
            } else {
                sent.add(i);
                keys.add(key);
            }
        }
        if (!sent.isEmpty()) {
            List<Outcome> answers = call(keys);
            for (int i = 0; i < sent.size(); i++) {
                outcomes[sent.get(i)] = answers.get(i);
            }
        }
        return Arrays.asList(outcomes);
    }

    private List<Outcome> call(List<Map<String, Object>> keys) throws InterruptedException {
        CallResult result = caller.call(Json.bytes(keys), auth);
        calls++;
        retries += result.retries();
        retriedCalls += result.retries() > 0 ? 1 : 0;
        if (result instanceof CallResult.Answered answered) {
            return mapper.map(answered.items(), keys.size());
        }
        String reason = ((CallResult.Failed) result).reason();
        failedCalls++;
        lastFailure = reason;
        return java.util.Collections.nCopies(keys.size(), new Outcome.Failed(reason));
    }

    /** The record's key fields, or null when they are all blank. */
    private Map<String, Object> key(SheetRecord record) {
        Map<String, Object> key = new LinkedHashMap<>();
        boolean any = false;
        for (String field : caller.service().keyFields()) {
            Object value = record.values().get(field);
            key.put(field, value);
            any |= value != null && !String.valueOf(value).isBlank();
        }
        return any ? key : null;
    }

    @Override
    public String trouble() {
        if (retriedCalls == 0 && failedCalls == 0) {
            return null;
        }
        String line = caller.service().name() + ": " + retriedCalls + " of " + calls + " calls sent again (" + retries
                + " retries)";
        return failedCalls == 0 ? line : line + "; " + failedCalls + " failed, their records unenriched; last: " + lastFailure;
    }
}
