package dev.sluice.deploy.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The coordinator's file store as the CLI uses it. Bytes stream in both directions; neither call
 * holds a file in memory. Every method throws {@link ApiException} with a one-line reason when the
 * call fails.
 */
public interface FilesApi {

    /**
     * {@code POST /api/v1/files?name=}: stores the file's bytes under {@code name}, with their length
     * announced, so that a file over the coordinator's limit is refused before it is sent.
     *
     * @return the stored file: {@code {id, name, size, checksum, contentType, createdAt, ...}}
     */
    JsonNode upload(String name, Path file);

    /**
     * {@code POST /api/v1/files?name=}: stores the bytes {@code body} gives until its end, of a
     * length not known up front. The caller closes {@code body}.
     *
     * @return the stored file, as {@link #upload(String, Path)} returns it
     */
    JsonNode upload(String name, InputStream body);

    /**
     * {@code GET /api/v1/files/{id}/content}: writes the file's bytes to {@code target}, replacing
     * what is there. The bytes go to a temporary file beside {@code target} first, so a failed
     * download leaves no partial file behind.
     *
     * @return the bytes written
     */
    long download(String fileId, Path target);
}
