package dev.sluice.coordinator.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Jobs read from the global store of newest event envelopes. Fresh ids begin with their creation
 * time, so reverse key order is newest first. Listing scans the store; fine for the job counts of
 * one cluster's retention, and the first place to add an index when it is not.
 */
public final class StoreJobView implements JobView {

    private static final String REJECTED_PREFIX = "rejected:";
    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public StoreJobView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    @Override
    public Optional<ObjectNode> get(String jobId) {
        if (jobId.startsWith(REJECTED_PREFIX)) {
            return Optional.empty();
        }
        byte[] envelope = store.get().get(jobId);
        return envelope == null ? Optional.empty() : Optional.of((ObjectNode) Json.tree(envelope).get("job"));
    }

    @Override
    public Page list(JobFilter filter) {
        List<JsonNode> items = new ArrayList<>();
        String last = null;
        boolean more = false;
        try (KeyValueIterator<String, byte[]> it = filter.cursor() == null
                ? store.get().reverseAll() : store.get().reverseRange(null, filter.cursor())) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> entry = it.next();
                if (entry.key.startsWith(REJECTED_PREFIX) || entry.key.equals(filter.cursor())) {
                    continue;
                }
                JsonNode job = Json.tree(entry.value).get("job");
                if (!filter.matches(job)) {
                    continue;
                }
                if (items.size() == filter.limit()) {
                    more = true;
                    break;
                }
                items.add(job);
                last = entry.key;
            }
        }
        return new Page(items, more ? last : null);
    }
}
