package dev.sluice.coordinator.streams;

import dev.sluice.common.json.Json;
import dev.sluice.common.task.WorkerHeartbeat;
import dev.sluice.coordinator.decide.WorkerDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Live workers, read from the global store of heartbeats. A worker counts as live while its
 * newest heartbeat is younger than {@code validFor} and does not say it is stopping. The list is
 * read again at most every {@code refresh}, since the decider asks on every report.
 */
final class HeartbeatDirectory implements WorkerDirectory {

    private final ReadOnlyKeyValueStore<String, byte[]> store;
    private final Duration validFor;
    private final Duration refresh;
    private List<WorkerHeartbeat> cached = List.of();
    private Instant readAt = Instant.MIN;

    HeartbeatDirectory(ReadOnlyKeyValueStore<String, byte[]> store, Duration validFor, Duration refresh) {
        this.store = store;
        this.validFor = validFor;
        this.refresh = refresh;
    }

    @Override
    public Optional<String> unavailable(String pool, String operation, Instant now) {
        List<WorkerHeartbeat> inPool = heartbeats(now).stream()
                .filter(h -> h.pool().equals(pool) && h.alive(now, validFor)).toList();
        if (inPool.isEmpty()) {
            return Optional.of("no live worker in pool '" + pool + "'; start one with: sluice worker --pool " + pool);
        }
        if (inPool.stream().noneMatch(h -> h.operations().contains(operation))) {
            TreeSet<String> known = new TreeSet<>();
            inPool.forEach(h -> known.addAll(h.operations()));
            return Optional.of("no live worker in pool '" + pool + "' runs operation '" + operation
                    + "'; they run " + known);
        }
        return Optional.empty();
    }

    @Override
    public Optional<Duration> silentFor(String workerId, Instant now) {
        Instant last = null;
        for (WorkerHeartbeat beat : heartbeats(now)) {
            if (beat.workerId().equals(workerId)) {
                last = beat.at();
            }
        }
        if (last == null) {
            return Optional.of(validFor);
        }
        Duration silent = Duration.between(last, now);
        return silent.compareTo(validFor) > 0 ? Optional.of(silent) : Optional.empty();
    }

    private List<WorkerHeartbeat> heartbeats(Instant now) {
        if (now.isBefore(readAt.plus(refresh)) && !now.isBefore(readAt)) {
            return cached;
        }
        List<WorkerHeartbeat> read = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (entry.value != null) {
                    read.add(Json.read(entry.value, WorkerHeartbeat.class));
                }
            }
        }
        cached = read;
        readAt = now;
        return read;
    }
}
