package dev.sluice.coordinator.streams;

import dev.sluice.common.json.Json;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes for values that Sluice writes itself as JSON. */
final class JsonSerde {

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : Json.bytes(value),
                (topic, bytes) -> bytes == null ? null : Json.read(bytes, type));
    }

    static Serde<Out> out() {
        return Serdes.serdeFrom((topic, out) -> out.value(), (topic, bytes) -> {
            throw new UnsupportedOperationException("Out is written, never read");
        });
    }
}
