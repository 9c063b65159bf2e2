package dev.sluice.coordinator.view;

import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.json.Json;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A job's log, in time order, read from the global store of the job-logs topic. Each record holds
 * the lines of one decision of the coordinator or one handler call: a JSON array of lines.
 */
public final class LogView {

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public LogView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    public void forEach(String jobId, Consumer<JobLogLine> each) {
        try (KeyValueIterator<String, byte[]> it = store.get().range(jobId + "/", jobId + "/~")) {
            it.forEachRemaining(entry -> {
                for (JobLogLine line : Json.MAPPER.convertValue(Json.tree(entry.value), JobLogLine[].class)) {
                    each.accept(line);
                }
            });
        }
    }
}
