package dev.sluice.coordinator.streams;

import dev.sluice.common.json.Json;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Reads JSON values of a global store by key, whether the store keeps timestamps or not. */
final class GlobalLookup {

    private GlobalLookup() {
    }

    static <T> Function<String, Optional<T>> of(ReadOnlyKeyValueStore<String, ?> store, Class<T> type) {
        return key -> {
            Object value = store.get(key);
            if (value instanceof ValueAndTimestamp<?> stamped) {
                value = stamped.value();
            }
            return value == null ? Optional.empty() : Optional.of(Json.read((byte[]) value, type));
        };
    }
}
