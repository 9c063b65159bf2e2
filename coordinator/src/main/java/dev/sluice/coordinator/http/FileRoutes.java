package dev.sluice.coordinator.http;

import dev.sluice.common.file.FileMeta;
import dev.sluice.coordinator.files.FileNames;
import dev.sluice.coordinator.files.FileStorage;
import dev.sluice.coordinator.files.FileStorageException;
import dev.sluice.coordinator.files.FileTooLargeException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@code /api/v1/files}: upload a file (a raw body with {@code ?name=}, or the {@code file} part of
 * a multipart form), read its meta, download its bytes. Bodies stream through; neither direction
 * holds a file in memory.
 */
final class FileRoutes {

    static final String PATH = "/api/v1/files";

    private final FileStorage files;

    FileRoutes(FileStorage files) {
        this.files = files;
    }

    void register(Javalin app) {
        app.post(PATH, this::upload);
        app.get(PATH + "/{id}", ctx -> Responses.json(ctx, 200, FileJson.of(meta(ctx.pathParam("id")))));
        app.get(PATH + "/{id}/content", this::content);
    }

    private void upload(Context ctx) throws Exception {
        FileMeta meta = ctx.isMultipartFormData()
                ? new MultipartUpload(files.settings()).store(ctx, this::store)
                : rawUpload(ctx);
        ctx.header("Location", PATH + "/" + meta.id());
        Responses.json(ctx, 201, FileJson.of(meta));
    }

    private FileMeta rawUpload(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > files.settings().maxFileSize()) {
            throw tooLarge(files.settings().maxFileSize());
        }
        try (InputStream body = ctx.bodyInputStream()) {
            return store(ctx.queryParam("name"), body);
        }
    }

    /** Stores one upload and turns its failures into API errors. */
    FileMeta store(String rawName, InputStream body) throws IOException {
        String name;
        try {
            name = FileNames.clean(rawName);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("name", e.getMessage() + "; pass it as ?name=data.csv, or as the filename of a multipart 'file' part");
        }
        try {
            return files.store(name, body);
        } catch (FileTooLargeException e) {
            throw tooLarge(e.limit());
        } catch (FileStorageException e) {
            throw new ApiError(503, "unavailable", e.getMessage(), null);
        }
    }

    static ApiError tooLarge(long limit) {
        return new ApiError(413, "file_too_large", "the file is larger than the limit of " + limit
                + " bytes; split it, or raise the coordinator's maximum file size", "file");
    }

    private void content(Context ctx) throws IOException {
        FileMeta meta = meta(ctx.pathParam("id"));
        try (InputStream in = files.open(meta)) {
            byte[] first = firstBytes(in, meta);
            ctx.status(200).contentType(meta.contentType()).header("Content-Disposition", ContentDisposition.attachment(meta.name()));
            HttpServletResponse response = ctx.res();
            response.setContentLengthLong(meta.size());
            // The raw servlet stream, not Javalin's: compression would change the announced length.
            OutputStream out = response.getOutputStream();
            out.write(first);
            in.transferTo(out);
        }
    }

    /** Reads the start of the file before the response commits, so that a file Kafka cannot serve gets an error body. */
    private static byte[] firstBytes(InputStream in, FileMeta meta) {
        try {
            return in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw new ApiError(503, "file_unreadable", "file " + meta.id() + " cannot be read from Kafka now: " + e.getMessage(), null);
        }
    }

    private FileMeta meta(String id) {
        return files.get(id).orElseThrow(() -> ApiError.notFound("file " + id));
    }
}
