package dev.sluice.coordinator.files;

import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Files read from the coordinator's global store over the file-meta topic. */
public final class StoreFileView implements FileView {

    private final Supplier<ReadOnlyKeyValueStore<String, byte[]>> store;

    public StoreFileView(Supplier<ReadOnlyKeyValueStore<String, byte[]>> store) {
        this.store = store;
    }

    @Override
    public Optional<FileMeta> get(String fileId) {
        if (!FileIds.valid(fileId)) {
            return Optional.empty();
        }
        byte[] json = store.get().get(fileId);
        try {
            return json == null ? Optional.empty() : Optional.of(Json.read(json, FileMeta.class));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the file-meta topic holds an unreadable meta for " + fileId + ": " + e.getMessage(), e);
        }
    }
}
