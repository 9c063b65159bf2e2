package dev.sluice.coordinator.files;

import dev.sluice.common.file.FileMeta;
import java.util.Optional;

/** Read side of stored files. Every coordinator instance can answer for every file. */
public interface FileView {

    Optional<FileMeta> get(String fileId);
}
