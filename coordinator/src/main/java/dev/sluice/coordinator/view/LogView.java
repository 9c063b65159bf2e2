package dev.sluice.coordinator.view;

import dev.sluice.common.error.JobLogLine;
import dev.sluice.common.json.Json;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** A job's log, in time order, read from the global store of the job-logs topic. */
public final class LogView {

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public LogView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    public void forEach(String jobId, Consumer<JobLogLine> each) {
        try (KeyValueIterator<String, byte[]> it = store.get().range(jobId + "/", jobId + "/~")) {
            it.forEachRemaining(entry -> each.accept(Json.read(entry.value, JobLogLine.class)));
        }
    }
}
