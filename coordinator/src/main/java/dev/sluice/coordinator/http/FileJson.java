package dev.sluice.coordinator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.common.file.FileMeta;
import dev.sluice.common.json.Json;

/**
 * A file as the API shows it. Where its chunks lie (partition, offsets, chunk size) and the index
 * are storage details for workers, which read them from the file-meta topic, so they stay out. A
 * file written in parts lists each part's size and checksum, which its checksum is made of.
 */
final class FileJson {

    private FileJson() {
    }

    static ObjectNode of(FileMeta meta) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", meta.id());
        out.put("name", meta.name());
        out.put("size", meta.size());
        out.put("checksum", meta.checksum());
        out.put("checksumAlgorithm", meta.checksumAlgorithm());
        if (!meta.parts().isEmpty()) {
            // Enough to check the bytes: each part's SHA-256 over its run of the content, then the checksum over those.
            var parts = out.putArray("parts");
            meta.parts().forEach(part -> parts.addObject().put("size", part.size()).put("checksum", part.checksum()));
        }
        out.put("contentType", meta.contentType());
        out.put("createdAt", meta.createdAt().toString());
        out.put("contentUrl", FileRoutes.PATH + "/" + meta.id() + "/content");
        return out;
    }
}
